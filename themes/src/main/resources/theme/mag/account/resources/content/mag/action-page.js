/*
 * A page of the account console for one gateway self-service action: a short explanation and a
 * button that starts the action as a Keycloak application-initiated action (AIA, kc_action).
 * Keycloak runs the required action in the login theme and then sends the user back here.
 *
 * Plain ES module, no build step: React comes from the account console's import map, the texts
 * from the account theme's messages, and what the page does from its own entry in content.json:
 *
 *   { "label": "magConnectAccounts", "path": "content/connect-accounts",
 *     "modulePath": "/content/mag/action-page.js", "Component": "mag-page-connect-accounts",
 *     "action": "mag-connect-accounts" }
 *
 * "showsStrength": true makes the page say the session's credential strength (from the console's
 * own access token, see session.js) before any click.
 *
 * "action" is the required action's provider id; an entry may instead carry "acrValues" (e.g. "2")
 * to ask for that level of authentication: the gateway's Elevate. Messages, from the entry's label L: L (menu entry
 * and heading), L + "Description" (the explanation), L + "Button" (the button).
 *
 * Why not the console's own way of starting actions: the console starts CONFIGURE_TOTP with
 * keycloak-js's login({ action }), but it renders a content module without props and keeps its
 * keycloak-js instance in a React context of its own bundle, out of a module's reach. So the page
 * builds the same OAuth 2.0 authorization request keycloak-js builds: client account-console, PKCE
 * S256 (the client requires it), kc_action, and this page as redirect_uri. It never redeems the
 * code that comes back: keycloak-js does not know that state, drops it from the URL and signs in
 * again silently through the SSO session.
 */
import { createElement as h, useEffect, useState } from "react";

import { environment, fetchCurrentEntry, fetchMessages, join } from "./account-console.js";
import { credentialStrength, onSessionClaims } from "./session.js";

function base64Url(bytes) {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomToken(byteCount) {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/**
 * The authorization request that starts the action: keycloak-js's login({ action }) parameters
 * but the nonce (nothing here reads the tokens). crypto.subtle is there in secure contexts;
 * elsewhere the account console loads Keycloak's web-crypto shim before any module runs.
 */
async function actionUrl(entry) {
  const codeVerifier = randomToken(48);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  const params = new URLSearchParams({
    client_id: environment.clientId,
    redirect_uri: location.origin + location.pathname,
    response_type: "code",
    response_mode: "query",
    scope: "openid",
    state: randomToken(24),
    code_challenge: base64Url(new Uint8Array(digest)),
    code_challenge_method: "S256",
  });
  // A required action ("action": kc_action), or a level of authentication ("acrValues": the
  // acr_values to ask for, e.g. "2" to elevate the session to OTP strength).
  if (entry.action) params.set("kc_action", entry.action);
  if (entry.acrValues) params.set("acr_values", entry.acrValues);
  const endpoint = join(
    environment.serverBaseUrl,
    "realms",
    encodeURIComponent(environment.realm),
    "protocol/openid-connect/auth",
  );
  return `${endpoint}?${params}`;
}

/** Like the account console's i18n: a missing key shows as the key itself. */
function text(messages, key) {
  return (messages && messages[key]) || key;
}

/** The session's credential strength ("password" or "otp"), from the console's newest token. */
function useStrength() {
  const [strength, setStrength] = useState();
  useEffect(() => onSessionClaims((claims) => setStrength(credentialStrength(claims))), []);
  return strength;
}

function useLocale() {
  const [locale, setLocale] = useState(environment.locale || "en");
  useEffect(() => {
    // The account console announces language changes with this window event (see its i18n).
    const listener = (event) => event.detail?.language && setLocale(event.detail.language);
    window.addEventListener("languageChanged", listener);
    return () => window.removeEventListener("languageChanged", listener);
  }, []);
  return locale;
}

export default function ActionPage() {
  const locale = useLocale();
  const strength = useStrength();
  // Keycloak's own loader may keep this component when the user moves to another such page.
  const path = location.pathname;
  const [messages, setMessages] = useState();
  const [page, setPage] = useState();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchCurrentEntry(controller.signal), fetchMessages(locale, controller.signal)])
      .then(async ([entry, texts]) => {
        setMessages(texts);
        if (!entry || (typeof entry.action !== "string" && typeof entry.acrValues !== "string")) {
          throw new Error(`no content.json entry with an action or acrValues for ${path}`);
        }
        setPage({ entry, href: await actionUrl(entry) });
        setFailed(false);
      })
      .catch((error) => {
        if (error.name === "AbortError") return;
        console.error("[mag] account console page", error);
        setFailed(true);
      });
    return () => controller.abort();
  }, [locale, path]);

  if (failed) {
    return h(
      "section",
      { className: "pf-v5-c-page__main-section pf-m-light" },
      h(
        "div",
        { className: "pf-v5-c-alert pf-m-danger pf-m-inline", "data-testid": "mag-action-error" },
        h("p", { className: "pf-v5-c-alert__title" }, text(messages, "magActionPageUnavailable")),
      ),
    );
  }
  if (!page || !messages) return null;

  const { entry, href } = page;
  return h(
    "div",
    { "data-testid": "mag-action-page", "data-action": entry.action || "", "data-acr-values": entry.acrValues || "" },
    h(
      "section",
      { className: "pf-v5-c-page__main-section pf-m-light" },
      h(
        "div",
        { className: "pf-v5-c-content" },
        h("h1", { className: "pf-v5-c-title pf-m-2xl", "data-testid": "page-heading" }, text(messages, entry.label)),
        h("p", { "data-testid": "mag-action-description" }, text(messages, entry.label + "Description")),
        // An entry with "showsStrength" says the session's strength right here (no click needed).
        entry.showsStrength && strength
          ? h("p", { "data-testid": "mag-credential-strength", "data-strength": strength },
              h("strong", null, text(messages, "magCredentialStrengthIs") + " " + text(messages, strength === "otp" ? "magCredentialStrengthOtp" : "magCredentialStrengthPassword")))
          : null,
      ),
    ),
    h(
      "section",
      { className: "pf-v5-c-page__main-section pf-m-light" },
      // A link, not a script: the request is ready before the click and the browser simply goes.
      h(
        "a",
        { className: "pf-v5-c-button pf-m-primary", href, "data-testid": "mag-action-start" },
        text(messages, entry.label + "Button"),
      ),
    ),
  );
}
