/*
 * Workaround for keycloak/keycloak#41433 (Keycloak 26.1 to 26.7; fixed in 26.8): the account
 * console builds its routes from content.json but never mounts its content-module loader on them,
 * so an entry with "path" and "modulePath" opens an empty page.
 *
 * The console copies every content.json entry into a React Router route object, so an entry can
 * also name the route's "Component". React Router renders a string Component as an HTML element
 * of that name: "Component": "mag-page-connect-accounts" renders <mag-page-connect-accounts>.
 * This script (loaded on every account console page through "scripts" in theme.properties)
 * defines one custom element per such entry, which does what the console's loader would do: it
 * imports the entry's modulePath and renders the module's default export, without props.
 *
 * Each entry needs its own element name: React keeps an element of the same name when the user
 * moves from one custom page to another, and the old page would stay on screen.
 *
 * Keycloak 26.8 mounts its loader itself (keycloak/keycloak#52600; not tried here). React Router
 * prefers "Component" to a route's element (it says so in development builds), so the pages would
 * keep working through this script; after upgrading, remove the "Component" keys and this script
 * (theme.properties "scripts") to let Keycloak's loader do it.
 */
import { createElement } from "react";
import { createRoot } from "react-dom";

import { environment, fetchContent, join } from "./account-console.js";
// Loaded with this script on every page, before the console calls its API: notes the session's claims.
import "./session.js";
// Hides the menu entries whose content.json "roles" the user's console token lacks.
import "./menu-roles.js";

class ContentElement extends HTMLElement {
  constructor(modulePath) {
    super();
    this.modulePath = modulePath;
  }

  connectedCallback() {
    this.style.display = "contents";
    if (this.root) return;
    const root = createRoot(this);
    this.root = root;
    import(join(environment.resourceUrl, this.modulePath))
      .then((module) => {
        if (this.root === root) root.render(createElement(module.default));
      })
      .catch((error) => console.error("[mag] cannot load", this.modulePath, error));
  }

  disconnectedCallback() {
    const root = this.root;
    this.root = undefined;
    // React must not unmount a root synchronously while it renders the console's own tree.
    if (root) setTimeout(() => root.unmount());
  }
}

function defineElements(items, defined) {
  for (const item of items) {
    if (Array.isArray(item.children)) defineElements(item.children, defined);
    if (typeof item.Component !== "string" || typeof item.modulePath !== "string") continue;
    const name = item.Component;
    if (defined.has(name)) {
      console.error(`[mag] content.json: "${item.path}" and "${defined.get(name)}" share the Component "${name}"; give each entry its own`);
      continue;
    }
    defined.set(name, item.path);
    const { modulePath } = item;
    if (!customElements.get(name)) {
      customElements.define(name, class extends ContentElement {
        constructor() {
          super(modulePath);
        }
      });
    }
  }
}

fetchContent()
  .then((content) => defineElements(content, new Map()))
  .catch((error) => console.error("[mag] account console pages", error));
