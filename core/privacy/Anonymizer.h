// Anonymizer masks personal data in exports so that analysts can work with a file without
// learning who is in it:
//   names      张伟 → 张**, 北京华联商厦有限公司 → 北京**有限公司 (first character, or the city or
//              province prefix of a company, and its legal suffix; the middle is always **, so
//              the mask does not tell the length)
//   phones     13800138000 → 138****8000 (first three and last four digits)
//   e-mails    zhang.wei@example.com → z***@example.com
//   ids/codes  C000123 → C-5R2M8K0T1Q: a stable pseudonym, HMAC-SHA256 under a key drawn at random
//              for each export run, so the same customer has the same token in every file of
//              one run (files can still be joined) and a different one in the next run.
//
// It works on any table: AnonymizingTableWriter wraps a TableWriter (CSV, XLSX) and transforms
// each row by column rule; anonymize(Report) rewrites a report's sections by column key.
#pragma once

#include "analytics/ReportTable.h"
#include "io/TableWriter.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace frontline {

class Anonymizer
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Anonymizer)
public:
    enum class Rule
    {
        Keep,
        PersonName,
        CompanyName,
        Name, // a person's or a company's: decided by the text (legal suffix, company words)
        Phone,
        Email,
        Pseudonym,
        Drop // the cell is emptied
    };

    // A fresh random key: pseudonyms of this run only.
    Anonymizer();
    // A given key (at least 16 bytes), for tests.
    explicit Anonymizer(QByteArray key);

    static QString maskPersonName(const QString &name);
    static QString maskCompanyName(const QString &name);
    static QString maskName(const QString &name);
    static bool looksLikeCompany(const QString &name);
    static QString maskPhone(const QString &phone);
    static QString maskEmail(const QString &email);
    // "C-" + 10 base-32 characters for kind "customer"; kinds give different tokens to the same
    // value (customer 12 and member 12 differ).
    QString pseudonym(const QString &kind, const QString &value) const;

    // One cell. kind is the pseudonym kind (customer, member, order…).
    QVariant apply(Rule rule, const QVariant &value, const QString &kind = QString()) const;

    // The rule for a column key used by reports and exports: name/customer/contact → Name,
    // rep/member_name/owner → PersonName, phone/mobile → Phone, email → Email, code and *_code,
    // *_id, uuid → Pseudonym (kind from the key), address/notes/wechat → Drop, the rest Keep.
    static Rule ruleForColumn(const QString &key);
    static QString pseudonymKind(const QString &key);

    void anonymize(analytics::ReportTable &table) const;
    void anonymize(analytics::Report &report) const;

private:
    QByteArray m_key;
};

// A TableWriter that anonymizes every row before handing it to another writer. The first row
// passes unchanged when it is the header. Rules apply by position; columns beyond the rules
// are kept. Share one Anonymizer between the writers of one export so pseudonyms agree.
class AnonymizingTableWriter : public io::TableWriter
{
public:
    AnonymizingTableWriter(std::unique_ptr<io::TableWriter> inner,
                           std::shared_ptr<const Anonymizer> anonymizer, QList<Anonymizer::Rule> rules,
                           QStringList pseudonymKinds = {}, bool firstRowIsHeader = true);
    // Rules from the header's column keys (Anonymizer::ruleForColumn).
    static std::unique_ptr<AnonymizingTableWriter> forHeader(std::unique_ptr<io::TableWriter> inner,
                                                             std::shared_ptr<const Anonymizer> anonymizer,
                                                             const QStringList &header);

    bool writeRow(const QList<QVariant> &cells) override;
    bool finish() override { return m_inner->finish(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<io::TableWriter> m_inner;
    std::shared_ptr<const Anonymizer> m_anonymizer;
    QList<Anonymizer::Rule> m_rules;
    QStringList m_kinds;
    bool m_headerPending;
};

} // namespace frontline
