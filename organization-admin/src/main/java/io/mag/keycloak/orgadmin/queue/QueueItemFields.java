package io.mag.keycloak.orgadmin.queue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.keycloak.component.ComponentModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiPageProvider;

import io.mag.keycloak.common.queue.QueueItem;

/**
 * The fields of a queue item as the admin console's declarative page shows them: what the source
 * said about the request, then the operator's decision and reason. Keycloak 26.7 does not pass a
 * property's read-only flag to the console, so the first fields look editable; {@link #restoreReadOnly}
 * puts back what the console may have changed. Labels and help texts are message keys of the
 * mag admin theme.
 */
final class QueueItemFields {

    static final String ORGANIZATION = "organization";
    static final String KIND = "kind";
    static final String SUBMITTED = "submitted";
    static final String SUBJECT = "subject";
    static final String DETAILS = "details";
    static final String REQUEST = "request";
    static final String DECISION = "decision";
    static final String REASON = "reason";

    /** The decision's value before the operator chose one. */
    static final String UNDECIDED = "pending";

    static final List<String> READ_ONLY = List.of(ORGANIZATION, KIND, SUBMITTED, SUBJECT, DETAILS, REQUEST);

    private QueueItemFields() {
    }

    static List<ProviderConfigProperty> properties() {
        ProviderConfigurationBuilder builder = ProviderConfigurationBuilder.create();
        for (String name : READ_ONLY) {
            builder.property().name(name).label(labelKey(name)).helpText(labelKey(name) + "Help")
                    .type(DETAILS.equals(name) ? ProviderConfigProperty.TEXT_TYPE : ProviderConfigProperty.STRING_TYPE)
                    .add();
        }
        return builder
                .property().name(DECISION).label(labelKey(DECISION)).helpText(labelKey(DECISION) + "Help")
                .type(ProviderConfigProperty.LIST_TYPE).options(UNDECIDED, "approve", "reject").defaultValue(UNDECIDED).add()
                .property().name(REASON).label(labelKey(REASON)).helpText(labelKey(REASON) + "Help")
                .type(ProviderConfigProperty.TEXT_TYPE).add()
                .build();
    }

    /** magQueueOrganization, magQueueKind, ... */
    private static String labelKey(String name) {
        return "magQueue" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The component that mirrors {@code item} in the realm. */
    static ComponentModel toComponent(String realmId, QueueItem item) {
        ComponentModel model = new ComponentModel();
        model.setName(item.key());
        model.setParentId(realmId);
        model.setProviderType(UiPageProvider.class.getName());
        model.setProviderId(OperatorQueuePageFactory.PROVIDER_ID);
        model.put(ORGANIZATION, nonNull(item.organization()));
        model.put(KIND, item.kind());
        model.put(SUBMITTED, Instant.ofEpochMilli(item.submittedAt()).truncatedTo(ChronoUnit.MINUTES).toString());
        model.put(SUBJECT, nonNull(item.subject()));
        model.put(DETAILS, item.details().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        model.put(REQUEST, item.key());
        model.put(DECISION, UNDECIDED);
        return model;
    }

    /** Puts the stored read-only values back into {@code edited} (the console sends every field). */
    static void restoreReadOnly(ComponentModel stored, ComponentModel edited) {
        edited.setName(stored.getName());
        for (String name : READ_ONLY) {
            edited.getConfig().put(name, stored.getConfig().getOrDefault(name, List.of()));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
