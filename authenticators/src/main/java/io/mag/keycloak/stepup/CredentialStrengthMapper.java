package io.mag.keycloak.stepup;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Claim {@value #CLAIM}: "password" or "otp", the readable form of the level of authentication
 * that Keycloak recorded for this client session (the same level the {@code acr} claim reports).
 * Refreshing a token re-reads the same level, so a password-level token never becomes "otp".
 */
public final class CredentialStrengthMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "mag-credential-strength-mapper";
    public static final String CLAIM = "credential_strength";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = configProperties();

    private static List<ProviderConfigProperty> configProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>();
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, CredentialStrengthMapper.class);
        return List.copyOf(properties);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Credential strength";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds credential_strength: 'password' or 'otp', from the session's level of authentication.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        int level = LoAUtil.getCurrentLevelOfAuthentication(clientSessionCtx.getClientSession());
        token.getOtherClaims().put(CLAIM, CredentialStrength.ofLevel(level).claimValue());
    }
}
