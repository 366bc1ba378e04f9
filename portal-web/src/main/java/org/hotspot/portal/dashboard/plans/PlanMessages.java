package org.hotspot.portal.dashboard.plans;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the plans, batches and printing pages, {@code {plans:...}} in templates; the texts
 * are in {@code messages/plans_<language>.properties}, one file per language. Whole sentences
 * only, with no parameters: a number stands beside its label, never inside a sentence.
 */
@MessageBundle(value = "plans", locale = "en")
public interface PlanMessages {

    @Message
    String plansTitle();

    @Message
    String plansIntro();

    @Message
    String newPlan();

    @Message
    String newPlanTitle();

    @Message
    String editPlanTitle();

    @Message
    String noPlans();

    @Message
    String readOnly();

    @Message
    String colName();

    @Message
    String colPrice();

    @Message
    String colTimeQuota();

    @Message
    String colDataQuota();

    @Message
    String colValidity();

    @Message
    String colRateLimit();

    @Message
    String colSharedUsers();

    @Message
    String colState();

    @Message
    String colActions();

    @Message
    String unlimited();

    @Message
    String none();

    @Message
    String stateActive();

    @Message
    String stateRetired();

    @Message
    String edit();

    @Message
    String retire();

    @Message
    String nameLabel();

    @Message
    String priceLabel();

    @Message
    String currencyLabel();

    @Message
    String currencyHint();

    @Message
    String timeQuotaLabel();

    @Message
    String timeQuotaHint();

    @Message
    String timeUnitLabel();

    @Message
    String validityLabel();

    @Message
    String validityHint();

    @Message
    String validityUnitLabel();

    @Message
    String dataQuotaLabel();

    @Message
    String dataQuotaHint();

    @Message
    String dataUnitLabel();

    @Message
    String minutes();

    @Message
    String hours();

    @Message
    String days();

    @Message
    String megabytes();

    @Message
    String gigabytes();

    @Message
    String rateLimitLabel();

    @Message
    String rateLimitHint();

    @Message
    String sharedUsersLabel();

    @Message
    String sharedUsersHint();

    @Message
    String macLockLabel();

    @Message
    String create();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String applyToLegend();

    @Message
    String applyNew();

    @Message
    String applyNewHint();

    @Message
    String applyUnused();

    @Message
    String applyUnusedHint();

    @Message
    String applyAll();

    @Message
    String applyAllHint();

    @Message
    String retireTitle();

    @Message
    String retireExplain();

    @Message
    String retireConfirm();

    @Message
    String created();

    @Message
    String saved();

    @Message
    String vouchersChanged();

    @Message
    String retired();

    @Message
    String errorSummary();

    @Message
    String errorRequired();

    @Message
    String errorNumber();

    @Message
    String errorWholeNumber();

    @Message
    String errorCurrency();

    @Message
    String errorTimeRange();

    @Message
    String errorValidityRange();

    @Message
    String errorDataRange();

    @Message
    String errorRateLimit();

    @Message
    String errorSharedUsers();

    @Message
    String errorNameTaken();

    @Message
    String errorInvalid();

    @Message
    String requestIdLabel();

    @Message
    String batchesTitle();

    @Message
    String batchesIntro();

    @Message
    String newBatch();

    @Message
    String newBatchTitle();

    @Message
    String noBatches();

    @Message
    String noMoreBatches();

    @Message
    String colCreated();

    @Message
    String colPlan();

    @Message
    String colCount();

    @Message
    String colUsed();

    @Message
    String colUnused();

    @Message
    String colCreatedBy();

    @Message
    String colCharged();

    @Message
    String batchGenerating();

    @Message
    String batchReady();

    @Message
    String batchFailed();

    @Message
    String open();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pagesLabel();

    @Message
    String planLabel();

    @Message
    String countLabel();

    @Message
    String countHint();

    @Message
    String codeLengthLabel();

    @Message
    String codeLengthHint();

    @Message
    String prefixLabel();

    @Message
    String prefixHint();

    @Message
    String noteLabel();

    @Message
    String makeBatch();

    @Message
    String creditLabel();

    @Message
    String creditHint();

    @Message
    String noPlansToSell();

    @Message
    String errorPlan();

    @Message
    String errorCount();

    @Message
    String errorCodeLength();

    @Message
    String errorPrefix();

    @Message
    String errorNote();

    @Message
    String errorCredit();

    @Message
    String errorPlanNotAllowed();

    @Message
    String errorCurrencyMismatch();

    @Message
    String errorPlanRetired();

    @Message
    String errorForbidden();

    @Message
    String errorNotFound();

    @Message
    String errorBackend();

    @Message
    String errorOther();

    @Message
    String batchTitle();

    @Message
    String progressLabel();

    @Message
    String progressWorking();

    @Message
    String progressDone();

    @Message
    String progressFailed();

    @Message
    String showVouchers();

    @Message
    String colSerial();

    @Message
    String colCode();

    @Message
    String colFirstUsed();

    @Message
    String colValidUntil();

    @Message
    String colExpiresAt();

    @Message
    String voucherUnused();

    @Message
    String voucherActive();

    @Message
    String voucherExhausted();

    @Message
    String voucherExpired();

    @Message
    String voucherRevoked();

    @Message
    String voucherDisabled();

    @Message
    String codesHidden();

    @Message
    String downloadCsv();

    @Message
    String printCards();

    @Message
    String guessWeak();

    @Message
    String backToBatches();

    @Message
    String backToBatch();

    @Message
    String printTitle();

    @Message
    String layoutLegend();

    @Message
    String layoutA4();

    @Message
    String layout58();

    @Message
    String layout80();

    @Message
    String whichLegend();

    @Message
    String whichAll();

    @Message
    String whichRange();

    @Message
    String whichOne();

    @Message
    String fromLabel();

    @Message
    String toLabel();

    @Message
    String cardLabel();

    @Message
    String showPrint();

    @Message
    String preview();

    @Message
    String previewHint();

    @Message
    String pdf();

    @Message
    String errorRange();

    @Message
    String viewerNoCodes();

    @Message
    String batchNotReady();
}
