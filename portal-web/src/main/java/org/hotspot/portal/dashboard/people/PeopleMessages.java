package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the operators and resellers pages, {@code {people:...}} in templates ({@code {people:message(key)}} for a key held in data); the texts are in {@code messages/people_<language>.properties}. Whole sentences, no parameters; role names capitalised as they stand alone in a table.
 */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

    @Message
    String peopleTitle();

    @Message
    String peopleIntro();

    @Message
    String newOperator();

    @Message
    String newOperatorTitle();

    @Message
    String forbidden();

    @Message
    String errorSummary();

    @Message
    String colUsername();

    @Message
    String colRole();

    @Message
    String colState();

    @Message
    String colTotp();

    @Message
    String colCredit();

    @Message
    String colPlans();

    @Message
    String stateActive();

    @Message
    String stateDisabled();

    @Message
    String totpOn();

    @Message
    String totpOff();

    @Message
    String noPeople();

    @Message
    String noCredit();

    @Message
    String noPlans();

    @Message
    String created();

    @Message
    String roleChanged();

    @Message
    String disabled();

    @Message
    String enabled();

    @Message
    String passwordReset();

    @Message
    String totpReset();

    @Message
    String creditGranted();

    @Message
    String usernameLabel();

    @Message
    String usernameHint();

    @Message
    String passwordLabel();

    @Message
    String passwordHint();

    @Message
    String roleLabel();

    @Message
    String create();

    @Message
    String cancel();

    @Message
    String back();

    @Message
    String factCreated();

    @Message
    String factState();

    @Message
    String factTotp();

    @Message
    String roleTitle();

    @Message
    String changeRole();

    @Message
    String accessTitle();

    @Message
    String disable();

    @Message
    String disableHint();

    @Message
    String enable();

    @Message
    String disableTitle();

    @Message
    String disableExplain();

    @Message
    String disableConfirm();

    @Message
    String passwordTitle();

    @Message
    String resetPassword();

    @Message
    String passwordResetTitle();

    @Message
    String passwordResetExplain();

    @Message
    String newPasswordLabel();

    @Message
    String passwordResetConfirm();

    @Message
    String totpTitle();

    @Message
    String resetTotp();

    @Message
    String totpNone();

    @Message
    String totpResetTitle();

    @Message
    String totpResetExplain();

    @Message
    String totpResetConfirm();

    @Message
    String creditTitle();

    @Message
    String creditNow();

    @Message
    String addCreditLabel();

    @Message
    String addCreditHint();

    @Message
    String currencyLabel();

    @Message
    String currencyHint();

    @Message
    String plansLegend();

    @Message
    String plansHint();

    @Message
    String noPlansToChoose();

    @Message
    String grant();

    @Message
    String yourselfHint();

    @Message
    String errorUsername();

    @Message
    String errorUsernameTaken();

    @Message
    String errorPasswordShort();

    @Message
    String errorPasswordLong();

    @Message
    String errorPasswordUsername();

    @Message
    String errorPasswordRefused();

    @Message
    String errorRole();

    @Message
    String errorSignInAgain();

    @Message
    String errorPlatformAdmin();

    @Message
    String errorYourself();

    @Message
    String errorNotAReseller();

    @Message
    String errorCurrencyMismatch();

    @Message
    String errorCredit();

    @Message
    String errorCurrency();

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
}
