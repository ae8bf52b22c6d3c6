package io.mag.keycloak.connection.mapper;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperUtils;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.utils.RoleResolveUtil;

/**
 * Gives a parent's token for client C what the parent's connected children hold at C:
 * <ul>
 * <li>the children's effective roles of C join the parent's own roles of C. Like Keycloak's
 * hardcoded-role mapper, it adds them to the roles Keycloak resolved for this token
 * ({@link RoleResolveUtil}) and leaves writing them to the client-roles mapper of the
 * {@code roles} scope, so they land in {@code resource_access.C.roles} exactly where the parent's
 * own roles of C do. This happens for the access token (and its introspection, which describes
 * the access token) only, whatever the token-claim switches say.</li>
 * <li>claim {@value #CLAIM}: the children whose roles it carries, in the tokens the switches
 * select (access and ID token by default).</li>
 * <li>a flat claim, {@value #FLAT_CLAIM} unless configured otherwise (empty: none): the same
 * children's usernames as an array of strings. Common relying-party modules (Apache
 * mod_auth_openidc's claim variables, for one) show only strings and arrays of strings, not the
 * objects of {@value #CLAIM}.</li>
 * </ul>
 * Mappers run again on every refresh, so a disconnected child's roles leave with the next token.
 */
public final class ConnectedAccountsMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "mag-connected-accounts-mapper";

    public static final String CLAIM = "connected_accounts";

    /** Config key of the flat claim's name. */
    public static final String FLAT_CLAIM_NAME = "flat.claim.name";
    public static final String FLAT_CLAIM = "connected_usernames";

    private static final Logger LOG = Logger.getLogger(ConnectedAccountsMapper.class);

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = configProperties();

    private static List<ProviderConfigProperty> configProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>();
        ProviderConfigProperty flat = new ProviderConfigProperty(FLAT_CLAIM_NAME, "Flat claim name", "Name of a second claim that lists"
                + " the same connected accounts' usernames as an array of strings, for relying parties that cannot read the objects of "
                + CLAIM + ". Empty: no such claim.", ProviderConfigProperty.STRING_TYPE, FLAT_CLAIM);
        properties.add(flat);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, ConnectedAccountsMapper.class);
        // Keycloak defaults "add to userinfo" to on; the claim's home is the access and ID token.
        properties.stream()
                .filter(p -> OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO.equals(p.getName()))
                .forEach(p -> p.setDefaultValue("false"));
        return List.copyOf(properties);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Connected accounts";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the client roles of the user's connected child accounts, a connected_accounts claim and a flat claim of their usernames.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    /** Before the audience-resolve and role mappers, which read the resolved roles this mapper adds to. */
    @Override
    public int getPriority() {
        return ProtocolMapperUtils.PRIORITY_HARDCODED_ROLE_MAPPER;
    }

    @Override
    public AccessToken transformAccessToken(AccessToken token, ProtocolMapperModel mappingModel, KeycloakSession session,
                                            UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        mergeChildRoles(session, userSession, clientSessionCtx);
        return super.transformAccessToken(token, mappingModel, session, userSession, clientSessionCtx);
    }

    @Override
    public AccessToken transformIntrospectionToken(AccessToken token, ProtocolMapperModel mappingModel, KeycloakSession session,
                                                   UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        mergeChildRoles(session, userSession, clientSessionCtx);
        return super.transformIntrospectionToken(token, mappingModel, session, userSession, clientSessionCtx);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        List<ConnectedAccount> accounts = childAccess(session, userSession, clientSessionCtx).stream()
                .map(access -> ConnectedChildrenAccess.claimEntry(session, access.child()))
                .toList();
        if (accounts.isEmpty()) {
            return;
        }
        token.getOtherClaims().put(CLAIM, accounts);
        String flatClaim = flatClaimName(mappingModel);
        if (!flatClaim.isEmpty()) {
            token.getOtherClaims().put(flatClaim, accounts.stream().map(ConnectedAccount::username).toList());
        }
    }

    /** The configured name; a mapper stored before the option existed has none and gets the default. */
    static String flatClaimName(ProtocolMapperModel mappingModel) {
        String configured = mappingModel.getConfig() == null ? null : mappingModel.getConfig().get(FLAT_CLAIM_NAME);
        return configured == null ? FLAT_CLAIM : configured.strip();
    }

    private static void mergeChildRoles(KeycloakSession session, UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        List<ChildAccess> children = childAccess(session, userSession, clientSessionCtx);
        if (children.isEmpty()) {
            return;
        }
        String clientId = client(clientSessionCtx).getClientId();
        AccessToken.Access access = RoleResolveUtil.getResolvedClientRoles(session, clientSessionCtx, clientId, true);
        children.forEach(child -> child.roleNames().forEach(access::addRole));
        LOG.debugf("Token of %s for %s carries the roles of %d connected account(s)",
                userSession.getUser().getId(), clientId, children.size());
    }

    private static List<ChildAccess> childAccess(KeycloakSession session, UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        return ConnectedChildrenAccess.of(session, userSession.getRealm(), userSession.getUser(), client(clientSessionCtx));
    }

    private static ClientModel client(ClientSessionContext clientSessionCtx) {
        return clientSessionCtx.getClientSession().getClient();
    }
}
