package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the dashboard's frame, sign-in, account and overview pages and of the problems all
 * dashboard pages share, {@code {dash:...}} in templates ({@code {dash:message(key)}} for a key held in
 * data, such as {@link PageProblem#messageKey()}). The texts are in
 * {@code messages/dash_<language>.properties}, English included; {@code MessageBundlesTest} checks
 * every language has every key. Whole sentences only: word order differs between languages.
 */
@MessageBundle(value = "dash", locale = "en")
public interface DashMessages {

    @Message
    String appName();

    @Message
    String skipLink();

    @Message
    String navLabel();

    @Message
    String languageLabel();

    /** The frame's line naming the operator and their role, the role already in words. */
    @Message
    String signedInAs(String name, String role);

    @Message
    String signOutButton();

    @Message
    String navOverview();

    @Message
    String navPlans();

    @Message
    String navBatches();

    @Message
    String navVouchers();

    @Message
    String navSessions();

    @Message
    String navAccount();

    @Message
    String navRouters();

    @Message
    String navReports();

    @Message
    String navSales();

    @Message
    String navAudit();

    @Message
    String navPeople();

    @Message
    String navSettings();

    @Message
    String rolePlatformAdmin();

    @Message
    String roleOrgAdmin();

    @Message
    String roleOperator();

    @Message
    String roleReseller();

    @Message
    String roleViewer();

    @Message
    String signInTitle();

    @Message
    String usernameLabel();

    @Message
    String passwordLabel();

    @Message
    String signInButton();

    @Message
    String signedOut();

    @Message
    String sessionExpired();

    @Message
    String totpTitle();

    @Message
    String totpIntro();

    @Message
    String totpLabel();

    @Message
    String totpButton();

    @Message
    String enrolTitle();

    @Message
    String enrolIntro();

    @Message
    String enrolQrAlt();

    @Message
    String enrolSecretLabel();

    @Message
    String enrolCodeLabel();

    @Message
    String enrolButton();

    /** The link back from the second-factor steps to the first. */
    @Message
    String startOver();

    @Message
    String errorInvalidCredentials();

    @Message
    String errorTotpWrong();

    @Message
    String errorTotpUsed();

    /** Too many failed sign-ins: {seconds} is how long to wait, already written as a number. */
    @Message
    String errorThrottled(String seconds);

    @Message
    String errorBusy();

    @Message
    String errorUnavailable();

    @Message
    String errorForbiddenTitle();

    @Message
    String errorCsrf();

    @Message
    String accountTitle();

    @Message
    String passwordSection();

    @Message
    String currentPasswordLabel();

    @Message
    String newPasswordLabel();

    @Message
    String repeatPasswordLabel();

    @Message
    String changePasswordButton();

    @Message
    String passwordChanged();

    @Message
    String passwordsDiffer();

    @Message
    String languageSection();

    @Message
    String languageButton();

    @Message
    String languageSaved();

    @Message
    String totpSection();

    @Message
    String totpOn();

    @Message
    String totpOff();

    @Message
    String overviewTitle();

    @Message
    String overviewOnline();

    @Message
    String overviewRouters();

    @Message
    String overviewPlans();

    @Message
    String overviewNotAvailable();

    @Message
    String problemUnavailable();

    @Message
    String problemForbidden();

    @Message
    String problemNotFound();

    @Message
    String problemValidation();

    @Message
    String problemConflict();

    @Message
    String problemThrottled();

    @Message
    String problemSignedOut();

    @Message
    String problemFailed();

    @Message
    String problemWeakPassword();

    @Message
    String problemWrongCurrentPassword();

    @Message
    String problemTooLarge();

    /** The id to quote when asking for help, after a problem message. */
    @Message
    String requestId(String id);
}
