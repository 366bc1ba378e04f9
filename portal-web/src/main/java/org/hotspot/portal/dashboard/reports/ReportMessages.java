package org.hotspot.portal.dashboard.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the usage reports and sales pages, {@code {reports:...}} in templates; in
 * {@code messages/reports_<language>.properties}, one file per language, English included.
 * Whole sentences only: word order differs between languages.
 */
@MessageBundle(value = "reports", locale = "en")
public interface ReportMessages {

    @Message
    String usageTitle();

    @Message
    String salesTitle();

    @Message
    String periodLabel();

    @Message
    String period_today();

    @Message
    String period_7d();

    @Message
    String period_30d();

    @Message
    String period_custom();

    @Message
    String fromLabel();

    @Message
    String toLabel();

    @Message
    String datesHint();

    @Message
    String errorFromMissing();

    @Message
    String errorToMissing();

    @Message
    String errorDate();

    @Message
    String errorToBeforeFrom();

    @Message
    String errorTooLong();

    @Message
    String errorHourlyTooLong();

    @Message
    String intervalLabel();

    @Message
    String intervalHour();

    @Message
    String intervalDay();

    @Message
    String groupByLabel();

    @Message
    String groupByProfile();

    @Message
    String groupByRouter();

    @Message
    String groupBySite();

    @Message
    String groupByReseller();

    @Message
    String showButton();

    @Message
    String noUsage();

    @Message
    String noSales();

    @Message
    String downloadCsv();

    @Message
    String chartCaption();

    @Message
    String chartDataAxis();

    @Message
    String chartTimeAxis();

    @Message
    String totalsTitle_profile();

    @Message
    String totalsTitle_router();

    @Message
    String totalsTitle_site();

    @Message
    String totalsTitle_voucher();

    @Message
    String groupName_profile();

    @Message
    String groupName_router();

    @Message
    String groupName_site();

    @Message
    String groupName_voucher();

    @Message
    String groupName_reseller();

    @Message
    String columnData();

    @Message
    String columnDownload();

    @Message
    String columnUpload();

    @Message
    String columnOnline();

    @Message
    String columnTime();

    @Message
    String totalRow();

    @Message
    String bucketsTitle();

    @Message
    String topTitle();

    @Message
    String noTopVouchers();

    @Message
    String columnVoucher();

    @Message
    String voucherSerial(String serial, String batch);

    @Message
    String voucherUnknown();

    @Message
    String salesResellerHint();

    @Message
    String columnCurrency();

    @Message
    String columnBatches();

    @Message
    String columnVouchers();

    @Message
    String columnAmount();

    @Message
    String staffSales();

    @Message
    String notPaid();

    @Message
    String salesHint();
}
