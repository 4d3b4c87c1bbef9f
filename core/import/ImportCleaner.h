// Cleaning of single values as they come out of real files: text (trim + NFKC), dates in every
// common form, money into fen exactly, quantities, percentages, and the value synonyms of
// enumerations (source channels, customer statuses, order channels, pipeline stages of Zoho,
// Salesforce, 纷享销客 and Odoo, payment methods of ERP receipts). Pure functions, no database, data-driven
// tests in tst_importcleaner.
//
// Dates: 2025-03-07, 2025/3/7, 2025.3.7, 2025年3月7日, 20250307, each with or without a time
// ("14:30", "14:30:05", "T14:30:05Z"), Excel serial numbers (1900 system) and XLSX date cells.
// 3/7/2025 and 7/3/2025 are read only when unambiguous (one part above 12). A month alone
// ("2025-07", "2025年7月") is accepted as the first day of that month and flagged, so the
// importer can warn: monthly ledgers often carry no day, and dropping them would lose the row.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace frontline {

struct CleanDate
{
    QDate date;
    QTime time;             // invalid when the value had none
    bool monthOnly = false; // "2025-07": read as 2025-07-01
    bool utc = false;       // the value said Z or gave an offset (then time is UTC)
    bool isValid() const { return date.isValid(); }
};

struct StageValue
{
    QString key;          // lead, qualified, proposal, negotiation, won, lost
    int probability = -1; // the source system's default for that stage, -1 when unknown
};

class ImportCleaner
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportCleaner)
public:
    // Trimmed, NFKC (full-width to half-width, ideographic spaces), inner whitespace folded.
    // Numbers and dates from XLSX become text as a person would type them.
    static QString text(const QVariant &cell);
    static QString text(const QString &cell);
    // The key two headers or enumeration values are compared by: NFKC, case-folded, without
    // whitespace, punctuation or symbols ("Probability (%)" → "probability").
    static QString key(const QString &text);

    static CleanDate date(const QVariant &cell);
    // Amounts into fen: "¥1,234.50", "1234.5元", "1.2万", "-12", "(300)", XLSX numbers (through
    // their shortest decimal text, so 539.1 is 53910 fen, never 53909).
    static std::optional<qint64> fen(const QVariant &cell);
    // Whole quantities: 3, "3", "3.0", "1,200", "3件"; nullopt for "2.5" or text.
    static std::optional<qint64> quantity(const QVariant &cell);
    // Percentages 0..100: 20, "20", "20%", "0.2" (a fraction when below 1 with a decimal point).
    static std::optional<int> percent(const QVariant &cell);
    // Yes/no: 是/否, 有/无, yes/no, true/false, 1/0, y/n, 启用/停用, active/inactive.
    static std::optional<bool> boolean(const QVariant &cell);

    // Value synonyms; "" when the text is not one of them.
    static QString customerSource(const QString &text);
    static QString customerStatus(const QString &text);
    static QString customerKind(const QString &text);
    static QString orderChannel(const QString &text); // direct, wechat, phone, online, store
    static QString orderStatus(const QString &text);
    static QString activityKind(const QString &text);
    // transfer, cash, wechat, alipay, card, cheque, draft (bank acceptance), other
    static QString paymentMethod(const QString &text);
    static QString role(const QString &text);
    static StageValue stage(const QString &text);
    // 合计 / 总计 / 小计 / Total / Grand Total / Subtotal / Sum (with or without a colon).
    static bool isSummaryLabel(const QString &text);
    // A name that marks a private person: "江子（个人）", "张三 (个人)".
    static bool looksLikeIndividual(const QString &name);
    // Whether text is plain ASCII that cleaning would leave unchanged (the fast path).
    static bool isCleanAscii(QStringView text);
};

} // namespace frontline
