package org.hotspot.portal.dashboard.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the audit log page, {@code {audit:...}} in templates, among them the name of every
 * action the services record ({@code actionRouterCreated}); the texts are in
 * {@code messages/audit_<language>.properties}, one file per language.
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message
    String auditTitle();

    @Message
    String auditIntro();

    @Message
    String filtersLabel();

    @Message
    String actorLabel();

    @Message
    String actionLabel();

    @Message
    String anyAction();

    @Message
    String targetLabel();

    @Message
    String targetHint();

    @Message
    String fromLabel();

    @Message
    String toLabel();

    @Message
    String daysHint();

    @Message
    String filterButton();

    @Message
    String clearFilters();

    @Message
    String recordsTitle();

    @Message
    String noRecords();

    @Message
    String recordsCount(String from, String to, String total);

    @Message
    String colWhen();

    @Message
    String colActor();

    @Message
    String colAction();

    @Message
    String colTarget();

    @Message
    String colOutcome();

    @Message
    String colReference();

    @Message
    String outcomeSuccess();

    @Message
    String outcomeFailure();

    @Message
    String outcomeDenied();

    @Message
    String auditRefused();

    @Message
    String errorTooLong();

    @Message
    String errorAction();

    @Message
    String errorDate();

    @Message
    String errorRange();

    @Message
    String groupSignIn();

    @Message
    String groupPeople();

    @Message
    String groupPlans();

    @Message
    String groupVouchers();

    @Message
    String groupRouters();

    @Message
    String targetVoucher();

    @Message
    String targetProfile();

    @Message
    String targetBatch();

    @Message
    String targetRouter();

    @Message
    String targetSession();

    @Message
    String targetOperator();

    @Message
    String targetOrganization();

    @Message
    String targetSigningKey();

    @Message
    String targetRouterAddress();

    @Message
    String actionLoginSucceeded();

    @Message
    String actionLoginFailed();

    @Message
    String actionLoggedOut();

    @Message
    String actionLoginAttackSuspected();

    @Message
    String actionRefreshTokenReused();

    @Message
    String actionTotpEnabled();

    @Message
    String actionTotpReset();

    @Message
    String actionPasswordChanged();

    @Message
    String actionPasswordReset();

    @Message
    String actionOperatorCreated();

    @Message
    String actionOperatorDisabled();

    @Message
    String actionOperatorEnabled();

    @Message
    String actionRoleChanged();

    @Message
    String actionOrganizationCreated();

    @Message
    String actionOrganizationUpdated();

    @Message
    String actionSigningKeyRotated();

    @Message
    String actionResellerGranted();

    @Message
    String actionProfileCreated();

    @Message
    String actionProfileUpdated();

    @Message
    String actionProfileRetired();

    @Message
    String actionProfileDeleted();

    @Message
    String actionBatchCreated();

    @Message
    String actionBatchExported();

    @Message
    String actionCardsPrinted();

    @Message
    String actionVoucherActivated();

    @Message
    String actionVoucherExhausted();

    @Message
    String actionVoucherExpired();

    @Message
    String actionVoucherRevoked();

    @Message
    String actionVoucherDisabled();

    @Message
    String actionVoucherEnabled();

    @Message
    String actionSessionDisconnected();

    @Message
    String actionRouterCreated();

    @Message
    String actionRouterUpdated();

    @Message
    String actionRouterDeleted();

    @Message
    String actionRouterAddressShared();
}
