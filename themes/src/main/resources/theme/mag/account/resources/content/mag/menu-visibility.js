/*
 * Menu entries only for those who can use them: a content.json entry may name "roles", realm
 * roles of which the user needs one (e.g. Invite Organizations: a Service Provider or Adoption
 * Administrator). Until the session's token is seen such an entry stays hidden, then it shows
 * only when the token carries one of the roles; a group whose entries are all hidden hides too.
 * The server checks the permission again on every action: this decides only what the menu shows.
 */
import { fetchContent } from "./account-console.js";
import { onSessionClaims, realmRoles } from "./session.js";

const STYLE_ID = "mag-menu-visibility";

function restricted(items, group) {
  const found = [];
  for (const item of items) {
    if (Array.isArray(item.children)) {
      const children = restricted(item.children, item);
      found.push(...children);
      if (children.length && children.length === item.children.length) {
        found.push({ selector: `nav [data-testid='${item.label}']`, roles: [...new Set(children.flatMap((c) => c.roles))] });
      }
    } else if (Array.isArray(item.roles) && typeof item.path === "string") {
      found.push({ selector: `nav li:has(> a[data-testid='${item.path}']), nav a[data-testid='${item.path}']`, roles: item.roles, group });
    }
  }
  return found;
}

function render(entries, roles) {
  const hidden = entries.filter((entry) => !roles || !entry.roles.some((role) => roles.includes(role)));
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement("style");
    style.id = STYLE_ID;
    document.head.appendChild(style);
  }
  style.textContent = hidden.map((entry) => `${entry.selector} { display: none !important; }`).join("\n");
}

fetchContent()
  .then((content) => {
    const entries = restricted(content);
    if (!entries.length) return;
    render(entries, undefined);
    onSessionClaims((claims) => render(entries, realmRoles(claims)));
  })
  .catch((error) => console.error("[mag] menu visibility", error));
