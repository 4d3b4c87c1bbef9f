// Commissions: a statement per member per period, a team summary and the simulation ("if I sell
// ¥X more this month, I earn ¥Y more"), in the access scope of the person asking: a rep gets
// only their own statement, a manager those of their team subtree, an administrator everyone's.
//
// What a statement is computed from does not depend on who asks (pay must be the same for
// everyone who looks at it): the base is the member's own revenue in the period — the
// analytics engine's Revenue of the orders whose rep they are, whatever customer they sold
// to — the target is their revenue target (analytics::Targets), the plan the one in force
// (CommissionRepository::planFor), the arithmetic CommissionCalculator's, and the adjustments
// those entered for the period. Total = commission (after the cap) + adjustments.
//
// The GUI's commission page uses these structs directly; toJson() is what the CLI prints.
#pragma once

#include "CommissionCalculator.h"
#include "CommissionRepository.h"
#include "analytics/MetricsEngine.h"

namespace frontline::io {
class TableWriter;
class XlsxWriter;
} // namespace frontline::io

namespace frontline::commission {

struct Statement
{
    qint64 memberId = 0;
    QString code;
    QString name;
    Role role = Role::Rep;
    qint64 teamId = 0;
    QString teamName;
    analytics::Period period;
    std::optional<Plan> plan;           // nullopt: no plan in force, no commission
    QMap<QString, qint64> categoryBase; // the base by category (filled when the plan has category rates)
    Calculation calculation;            // base, target, attainment, tier, lines, commission
    QList<Adjustment> adjustments;
    qint64 adjustmentsFen = 0;
    qint64 totalFen = 0; // calculation.commissionFen + adjustmentsFen

    qint64 baseFen() const { return calculation.baseFen; }
    qint64 commissionFen() const { return calculation.commissionFen; }
    // The explanation, one line per entry: the rate lines, the cap, the adjustments, the total.
    QStringList explanation() const;
    QJsonObject toJson() const;
};

struct TeamTotals
{
    qint64 teamId = 0;
    QString teamName;
    int members = 0;
    qint64 baseFen = 0;
    qint64 commissionFen = 0;
    qint64 adjustmentsFen = 0;
    qint64 totalFen = 0;
};

struct TeamSummary
{
    analytics::Period period;
    QList<Statement> statements; // by team name, then member code
    QList<TeamTotals> teams;     // each member's own team, by name
    TeamTotals total;            // everyone listed
    QJsonObject toJson() const;

    // The summary as a table (what the CLI's --format csv/xlsx and the GUI's export write): a
    // header, one row per statement, the total. Amounts in yuan: numbers (XLSX, so that a
    // spreadsheet adds them up) or exact text (CSV). Returns writer.finish()'s answer.
    static QStringList headers();
    bool write(io::TableWriter &writer, bool numbers) const;
    // Each member's rate table (tiers and category rates, the tier reached marked) as a sheet.
    bool writeRates(io::XlsxWriter &writer) const;
};

struct Simulation
{
    qint64 extraFen = 0;
    QString category; // where the extra revenue is assumed ("": categories without their own rate)
    Statement current;
    Statement simulated; // the same computation with the base raised by extraFen

    qint64 commissionDeltaFen() const { return simulated.commissionFen() - current.commissionFen(); }
    // "If 张伟 sells ¥50,000.00 more in March 2025, the commission goes from … to …: … more."
    QString sentence() const;
    QJsonObject toJson() const;
};

class Commissions
{
    Q_DECLARE_TR_FUNCTIONS(frontline::commission::Commissions)
public:
    Commissions(Database &db, AccessScope scope);

    const AccessScope &scope() const { return m_scope; }
    CommissionRepository &repository() { return m_repository; }

    // Statements are for months, quarters and years (the periods targets have).
    static bool isStatementPeriod(const analytics::Period &period);

    // nullopt with lastError() when the member is not in scope or the period is not one.
    std::optional<Statement> statement(qint64 memberId, const analytics::Period &period);
    // Every active member of the scope (within the team's subtree and/or the one member when
    // given) who has a plan in force or adjustments, or is a rep or a manager.
    std::optional<TeamSummary> summary(const analytics::Period &period, qint64 teamId = 0,
                                       qint64 memberId = 0);
    std::optional<Simulation> simulate(qint64 memberId, const analytics::Period &period, qint64 extraFen,
                                       const QString &category = {});

    // Writes summary to path as XLSX (amounts as numbers) or CSV (exact text), by format "xlsx"
    // or "csv", after checking the money/export permission, and records the export in the audit
    // log (what, how many statements, where), failed ones too. False with lastError().
    // encoding: of a CSV, "utf-8" (with a BOM) or "gbk"/"gb18030"; formula-like text is neutralised.
    bool exportSummary(const TeamSummary &summary, const QString &path, const QString &format,
                       const QByteArray &encoding = "utf-8");

    QString lastError() const { return m_error; }

private:
    struct MemberRow
    {
        QString code, name, teamName;
        Role role = Role::Rep;
        qint64 teamId = 0;
        bool active = true;
    };
    bool loadMembers();
    bool checkPeriod(const analytics::Period &period);
    Statement build(qint64 memberId, const analytics::Period &period, std::optional<qint64> baseFen,
                    qint64 extraFen = 0, const QString &extraCategory = {});

    Database &m_db;
    AccessScope m_scope;
    CommissionRepository m_repository;
    analytics::MetricsEngine m_engine; // the administrator's: a statement is the same for everyone
    QHash<qint64, MemberRow> m_members;
    QHash<qint64, qint64> m_teamParent;
    bool m_loaded = false;
    QString m_error;
};

} // namespace frontline::commission
