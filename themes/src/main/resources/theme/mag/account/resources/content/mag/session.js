/*
 * What the signed-in session is, as the account console's own access token says it: the console
 * keeps keycloak-js in a React context of its own bundle, out of a content module's reach, but it
 * sends the token with every call to the account REST API. This module (loaded before the console
 * makes any call) notes the claims of the newest such token; it keeps no token, and it never
 * sends anything anywhere. What it tells decides only what the pages show: every action still
 * checks the user's permissions on the server.
 */

// One state per page, whatever URL this module was loaded under (a module imported under two
// URLs is two modules).
const state = (window.magSession ??= { events: new EventTarget(), claims: undefined, installed: false });

function decode(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = decodeURIComponent(Array.from(atob(payload), (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""));
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function bearer(init, input) {
  const headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
  const value = headers.get("Authorization");
  return value && value.startsWith("Bearer ") ? value.substring(7) : undefined;
}

if (!state.installed) {
  state.installed = true;
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const token = bearer(init, input);
    const next = token ? decode(token) : undefined;
    if (next && (!state.claims || next.iat !== state.claims.iat || next.acr !== state.claims.acr)) {
      state.claims = next;
      state.events.dispatchEvent(new Event("change"));
    }
    return originalFetch.apply(this, arguments);
  };
}

/** The claims of the console's newest access token, or undefined before its first API call. */
export function sessionClaims() {
  return state.claims;
}

/** Calls listener with the claims now (if known) and whenever a newer token is seen; returns an unsubscribe. */
export function onSessionClaims(listener) {
  const handler = () => listener(state.claims);
  state.events.addEventListener("change", handler);
  if (state.claims) listener(state.claims);
  return () => state.events.removeEventListener("change", handler);
}

/**
 * "otp" or "password": the gateway's credential_strength claim, else the acr it is the readable
 * form of; undefined when the token carries neither (then the page says nothing rather than guess).
 */
export function credentialStrength(sessionClaims) {
  if (!sessionClaims) return undefined;
  if (sessionClaims.credential_strength) return sessionClaims.credential_strength;
  if (sessionClaims.acr === "2") return "otp";
  return sessionClaims.acr === "1" ? "password" : undefined;
}
