package io.mag.keycloak.orgadmin.queue;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.ui.extend.UiPageProvider;
import org.keycloak.services.ui.extend.UiPageProviderFactory;

import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.queue.QueueDecision;
import io.mag.keycloak.common.queue.QueueDecisionRefused;

/**
 * The operator's queue in the admin console: a page of Keycloak's declarative admin UI (server
 * feature {@code declarative-ui}) whose items mirror the pending requests of every
 * {@link io.mag.keycloak.common.queue.OperatorQueueSource}. The operator opens an item, chooses
 * approve or reject, gives a reason and saves; the save is Keycloak's component update, in whose
 * transaction this factory checks the operator and the input ({@link #validateConfiguration}) and
 * decides through the source ({@link #onUpdate}), exactly as the source's admin REST decides, and
 * records the same admin event (ORGANIZATION or USER, operation ACTION). A
 * refusal is a {@link ComponentValidationException} with a message key of the mag admin theme,
 * which Keycloak answers as 400 with the translated text and the console shows as its error; the
 * whole save is rolled back.
 */
public final class OperatorQueuePageFactory implements UiPageProviderFactory<UiPageProvider> {

    public static final String PROVIDER_ID = "mag-operator-queue";
    static final int MAX_REASON = 2000;

    private static final Logger LOG = Logger.getLogger(OperatorQueuePageFactory.class);
    private static final List<ProviderConfigProperty> PROPERTIES = QueueItemFields.properties();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "magQueueHelp";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    public Map<String, Object> getTypeMetadata() {
        return Map.of("displayFields", List.of(QueueItemFields.ORGANIZATION, QueueItemFields.KIND, QueueItemFields.SUBMITTED));
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) {
        ComponentModel stored = model.getId() == null ? null : realm.getComponent(model.getId());
        if (stored == null) {
            if (session.getAttribute(QueueMirror.SYNCING) == null) {
                throw new ComponentValidationException("magQueueItemsComeFromRequests");
            }
            return;
        }
        QueueItemFields.restoreReadOnly(stored, model);
        QueueDecision decision = QueueDecision.parse(model.get(QueueItemFields.DECISION))
                .orElseThrow(() -> new ComponentValidationException("magQueueChooseDecision"));
        if (QueueOperator.mayDecide(session, realm).isEmpty()) {
            throw new ComponentValidationException("magQueueNeedsManageUsers");
        }
        String reason = reason(model);
        if (decision == QueueDecision.REJECT && reason.isEmpty()) {
            throw new ComponentValidationException("magQueueReasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new ComponentValidationException("magQueueReasonTooLong");
        }
    }

    @Override
    public void onUpdate(KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
        QueueDecision decision = QueueDecision.parse(newModel.get(QueueItemFields.DECISION)).orElseThrow();
        AdminAuth auth = QueueOperator.mayDecide(session, realm)
                .orElseThrow(() -> new ComponentValidationException("magQueueNeedsManageUsers"));
        UserModel operator = auth.getUser();
        QueueSources.Target target = new QueueSources(session).target(newModel.getName())
                .orElseThrow(() -> new ComponentValidationException(QueueDecisionRefused.NOT_PENDING));
        String reason = reason(newModel);
        QueueDecided decided;
        try {
            decided = target.source().decide(realm, target.requestId(), decision, reason.isEmpty() ? null : reason, operator);
        } catch (QueueDecisionRefused e) {
            throw new ComponentValidationException(e.messageKey());
        }
        // The admin event the source's admin REST records for the same decision (besides Keycloak's
        // own COMPONENT update event of the save).
        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection())
                .resource(decided.resourceType())
                .operation(OperationType.ACTION)
                .resourcePath(decided.resourcePath())
                .representation(decided.representation())
                .success();
        LOG.debugf("Queue item %s decided (%s) by %s in the admin console", newModel.getName(), decision, operator.getId());
        // The source published the change, which removed this item; mirror once more in case it did not.
        OperatorQueueChanged.publish(session, realm);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof OperatorQueueChanged changed) {
                new QueueMirror(changed.session(), changed.realm()).sync();
            }
        });
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void close() {
    }

    private static String reason(ComponentModel model) {
        String reason = model.get(QueueItemFields.REASON);
        return reason == null ? "" : reason.strip();
    }
}
