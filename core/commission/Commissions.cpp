#include "Commissions.h"

#include "domain/Money.h"
#include "io/TableWriter.h"
#include "io/XlsxWriter.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::commission {

using analytics::Dimension;
using analytics::Filter;
using analytics::Measure;
using analytics::Period;

namespace {

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject totalsJson(const TeamTotals &t)
{
    return QJsonObject{{u"team_id"_s, t.teamId},
                       {u"team"_s, t.teamName},
                       {u"members"_s, t.members},
                       {u"base_fen"_s, t.baseFen},
                       {u"commission_fen"_s, t.commissionFen},
                       {u"adjustments_fen"_s, t.adjustmentsFen},
                       {u"total_fen"_s, t.totalFen}};
}

void add(TeamTotals &t, const Statement &s)
{
    ++t.members;
    t.baseFen += s.baseFen();
    t.commissionFen += s.commissionFen();
    t.adjustmentsFen += s.adjustmentsFen;
    t.totalFen += s.totalFen;
}

} // namespace

QStringList Statement::explanation() const
{
    QStringList lines;
    if (!plan) {
        lines << Commissions::tr("No commission plan is in force for %1 in %2.").arg(name, period.label());
    } else {
        lines << Commissions::tr("Plan \"%1\" (%2).").arg(plan->name, Plan::modeLabel(plan->mode));
        for (const CommissionLine &l : calculation.lines)
            lines << l.text;
        lines << Commissions::tr("Commission: %1").arg(Money::format(calculation.commissionFen));
    }
    for (const Adjustment &a : adjustments) {
        lines << (a.amountFen >= 0 ? Commissions::tr("Bonus: %1 (%2)")
                                   : Commissions::tr("Deduction: %1 (%2)"))
                     .arg(Money::format(a.amountFen), a.reason);
    }
    lines << Commissions::tr("Total: %1").arg(Money::format(totalFen));
    return lines;
}

QJsonObject Statement::toJson() const
{
    QJsonArray lineArray, adjustmentArray;
    for (const CommissionLine &l : calculation.lines) {
        QJsonObject o{{u"kind"_s, CommissionLine::kindKey(l.kind)},
                      {u"amount_fen"_s, l.amountFen},
                      {u"text"_s, l.text}};
        if (l.kind == CommissionLine::Kind::Rate || l.kind == CommissionLine::Kind::Category) {
            o.insert(u"from_fen"_s, l.fromFen);
            o.insert(u"to_fen"_s, l.toFen);
            o.insert(u"slice_fen"_s, l.sliceFen());
            o.insert(u"rate_bp"_s, l.rateBp);
        }
        if (l.kind == CommissionLine::Kind::Rate) {
            o.insert(u"tier_from_bp"_s, l.tierFromBp);
            o.insert(u"accelerator"_s, l.accelerator);
        }
        if (l.kind == CommissionLine::Kind::Category)
            o.insert(u"category"_s, l.category);
        lineArray.append(o);
    }
    for (const Adjustment &a : adjustments)
        adjustmentArray.append(a.toJson());
    QJsonObject categories;
    for (auto it = categoryBase.cbegin(); it != categoryBase.cend(); ++it)
        categories.insert(it.key(), it.value());
    const Calculation &c = calculation;
    return QJsonObject{
        {u"member"_s, code},
        {u"name"_s, name},
        {u"role"_s, roleKey(role)},
        {u"team"_s, teamName},
        {u"period"_s, period.key()},
        {u"plan"_s, plan ? QJsonValue(plan->name) : QJsonValue()},
        {u"plan_id"_s, plan ? QJsonValue(plan->id) : QJsonValue()},
        {u"mode"_s, plan ? QJsonValue(rateModeKey(plan->mode)) : QJsonValue()},
        {u"base_fen"_s, c.baseFen},
        {u"category_base_fen"_s, categories},
        {u"target_fen"_s, optionalJson(c.targetFen)},
        {u"attainment_bp"_s, optionalJson(c.attainmentBp)},
        {u"tier_from_bp"_s, c.tier ? QJsonValue(c.tier->fromBp) : QJsonValue()},
        {u"tier_rate_bp"_s, c.tier ? QJsonValue(c.tier->rateBp) : QJsonValue()},
        {u"lines"_s, lineArray},
        {u"before_cap_fen"_s, c.beforeCapFen},
        {u"capped"_s, c.capped},
        {u"commission_fen"_s, c.commissionFen},
        {u"adjustments"_s, adjustmentArray},
        {u"adjustments_fen"_s, adjustmentsFen},
        {u"total_fen"_s, totalFen},
        {u"explanation"_s, QJsonArray::fromStringList(explanation())},
    };
}

QJsonObject TeamSummary::toJson() const
{
    QJsonArray statementArray, teamArray;
    for (const Statement &s : statements)
        statementArray.append(s.toJson());
    for (const TeamTotals &t : teams)
        teamArray.append(totalsJson(t));
    QJsonObject totals = totalsJson(total);
    totals.remove(u"team_id"_s);
    totals.remove(u"team"_s);
    return QJsonObject{{u"period"_s, period.key()},
                       {u"statements"_s, statementArray},
                       {u"teams"_s, teamArray},
                       {u"total"_s, totals}};
}

QStringList TeamSummary::headers()
{
    return {Commissions::tr("Code"),        Commissions::tr("Name"), Commissions::tr("Team"),
            Commissions::tr("Plan"),        Commissions::tr("Base"), Commissions::tr("Target"),
            Commissions::tr("Attainment"),  Commissions::tr("Tier"), Commissions::tr("Commission"),
            Commissions::tr("Adjustments"), Commissions::tr("Total")};
}

bool TeamSummary::write(io::TableWriter &writer, bool numbers) const
{
    // Amounts are exact fen to the end: the writer turns them into yuan (an XLSX number shown
    // "¥#,##0.00", exact CSV text). Rates are ratios for XLSX ("0.0%"), "130.00%" in CSV.
    const auto money = [](std::optional<qint64> fen) -> QVariant {
        return fen ? QVariant(*fen) : QVariant();
    };
    const auto rate = [numbers](qint64 bp) -> QVariant {
        return numbers ? QVariant(double(bp) / 10000.0) : QVariant(CommissionCalculator::percent(bp));
    };
    using io::CellFormat;
    writer.setColumnFormats({CellFormat::General, CellFormat::General, CellFormat::General,
                             CellFormat::General, CellFormat::Fen, CellFormat::Fen, CellFormat::Percent,
                             CellFormat::Percent, CellFormat::Fen, CellFormat::Fen, CellFormat::Fen});
    QList<QVariant> header;
    for (const QString &h : headers())
        header << h;
    bool ok = writer.writeRow(header);
    for (const Statement &s : statements) {
        ok = ok &&
             writer.writeRow({s.code, s.name, s.teamName, s.plan ? s.plan->name : QString(),
                              money(s.baseFen()), money(s.calculation.targetFen),
                              s.calculation.attainmentBp ? rate(*s.calculation.attainmentBp) : QVariant(),
                              s.calculation.tier ? rate(s.calculation.tier->fromBp) : QVariant(),
                              money(s.commissionFen()), money(s.adjustmentsFen), money(s.totalFen)});
    }
    ok = ok &&
         writer.writeRow({Commissions::tr("Total"), QVariant(), QVariant(), QVariant(), money(total.baseFen),
                          QVariant(), QVariant(), QVariant(), money(total.commissionFen),
                          money(total.adjustmentsFen), money(total.totalFen)});
    // A workbook also gets each member's rate table on a sheet of its own, the tier reached
    // marked, so that a statement can be checked by hand. (CSV keeps its one table.)
    if (auto *xlsx = dynamic_cast<io::XlsxWriter *>(&writer); ok && xlsx)
        ok = writeRates(*xlsx);
    return ok && writer.finish();
}

bool TeamSummary::writeRates(io::XlsxWriter &writer) const
{
    using io::CellFormat;
    if (!writer.addSheet(Commissions::tr("Rates")))
        return false;
    writer.setColumnFormats({CellFormat::General, CellFormat::General, CellFormat::General,
                             CellFormat::General, CellFormat::General, CellFormat::Percent,
                             CellFormat::Percent, CellFormat::General});
    bool ok = writer.writeRow({Commissions::tr("Code"), Commissions::tr("Name"), Commissions::tr("Plan"),
                               Commissions::tr("Mode"), Commissions::tr("Category"),
                               Commissions::tr("From attainment"), Commissions::tr("Rate"),
                               Commissions::tr("Reached")});
    const auto ratio = [](qint64 bp) { return QVariant(double(bp) / 10000.0); };
    for (const Statement &s : statements) {
        if (!s.plan)
            continue;
        const QString mode = Plan::modeLabel(s.plan->mode);
        for (qsizetype i = 0; i < s.plan->tiers.size(); ++i) {
            const Tier &t = s.plan->tiers.at(i);
            // Marginal plans pay every bracket below the one reached too.
            const bool reached = s.calculation.tierIndex >= 0 &&
                                 (i == s.calculation.tierIndex ||
                                  (s.plan->mode == RateMode::Marginal && i < s.calculation.tierIndex));
            ok = ok && writer.writeRow({s.code, s.name, s.plan->name, mode, QString(), ratio(t.fromBp),
                                        ratio(t.rateBp), reached ? u"✓"_s : QString()});
        }
        for (const CategoryRate &c : s.plan->categoryRates)
            ok = ok &&
                 writer.writeRow({s.code, s.name, s.plan->name, mode, c.category, QVariant(), ratio(c.rateBp),
                                  s.categoryBase.value(c.category) ? u"✓"_s : QString()});
    }
    return ok;
}

QString Simulation::sentence() const
{
    const auto tierText = [](const Statement &s) {
        return s.calculation.tier ? CommissionCalculator::percent(s.calculation.tier->fromBp)
                                  : Commissions::tr("none");
    };
    return Commissions::tr("If %1 sells %2 more in %3, the commission goes from %4 to %5: %6 more "
                           "(tier reached: %7 → %8).")
        .arg(current.name, Money::format(extraFen), current.period.label(),
             Money::format(current.commissionFen()), Money::format(simulated.commissionFen()),
             Money::format(commissionDeltaFen()), tierText(current), tierText(simulated));
}

QJsonObject Simulation::toJson() const
{
    return QJsonObject{{u"member"_s, current.code},
                       {u"period"_s, current.period.key()},
                       {u"extra_fen"_s, extraFen},
                       {u"category"_s, category.isEmpty() ? QJsonValue() : QJsonValue(category)},
                       {u"commission_fen"_s, current.commissionFen()},
                       {u"simulated_commission_fen"_s, simulated.commissionFen()},
                       {u"delta_fen"_s, commissionDeltaFen()},
                       {u"total_fen"_s, current.totalFen},
                       {u"simulated_total_fen"_s, simulated.totalFen},
                       {u"sentence"_s, sentence()},
                       {u"current"_s, current.toJson()},
                       {u"simulated"_s, simulated.toJson()}};
}

Commissions::Commissions(Database &db, AccessScope scope)
    : m_db(db), m_scope(scope), m_repository(db, scope), m_engine(db, AccessScope::administrator())
{}

bool Commissions::isStatementPeriod(const Period &period)
{
    return period.isValid() && (period.kind() == Period::Month || period.kind() == Period::Quarter ||
                                period.kind() == Period::Year);
}

bool Commissions::checkPeriod(const Period &period)
{
    if (isStatementPeriod(period))
        return true;
    m_error = tr("Commission statements are for a month, a quarter or a year (e.g. 2025-03, 2025-Q1, 2025).");
    return false;
}

bool Commissions::loadMembers()
{
    if (m_loaded)
        return true;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT m.id, m.code, m.name, m.role, m.team_id, coalesce(t.name, ''), m.active FROM member m "
            u"LEFT JOIN team t ON t.id = m.team_id WHERE m.deleted = 0"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        MemberRow m;
        m.code = q.value(1).toString();
        m.name = q.value(2).toString();
        m.role = roleFromKey(q.value(3).toString()).value_or(Role::Rep);
        m.teamId = q.value(4).toLongLong();
        m.teamName = q.value(5).toString();
        m.active = q.value(6).toBool();
        m_members.insert(q.value(0).toLongLong(), m);
    }
    if (!q.exec(u"SELECT id, coalesce(parent_id, 0) FROM team WHERE deleted = 0"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_teamParent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    m_loaded = true;
    return true;
}

Statement Commissions::build(qint64 memberId, const Period &period, std::optional<qint64> baseFen,
                             qint64 extraFen, const QString &extraCategory)
{
    const MemberRow member = m_members.value(memberId);
    Statement s;
    s.memberId = memberId;
    s.code = member.code;
    s.name = member.name;
    s.role = member.role;
    s.teamId = member.teamId;
    s.teamName = member.teamName;
    s.period = period;
    s.plan = m_repository.planFor(memberId, member.role, period);
    Filter filter;
    filter.members << memberId;
    const qint64 base =
        (baseFen ? *baseFen : m_engine.total(Measure::Revenue, period, filter).rounded()) + extraFen;
    if (s.plan && !s.plan->categoryRates.isEmpty()) {
        const analytics::Breakdown byCategory =
            m_engine.breakdown(Measure::Revenue, period, Dimension::Category, filter);
        for (const analytics::Row &row : byCategory.rows)
            s.categoryBase.insert(row.key, row.value.rounded());
        if (extraFen && !extraCategory.isEmpty())
            s.categoryBase[extraCategory] += extraFen;
    }
    const std::optional<qint64> target =
        analytics::Targets(m_db.connectionForThread()).forMember(Measure::Revenue, period, memberId);
    if (s.plan) {
        s.calculation = CommissionCalculator::compute(*s.plan, base, target, s.categoryBase);
    } else {
        s.calculation.baseFen = base;
        s.calculation.targetFen = target;
        s.calculation.attainmentBp = CommissionCalculator::attainmentBp(base, target);
    }
    s.adjustments = m_repository.adjustments(memberId, period);
    for (const Adjustment &a : std::as_const(s.adjustments))
        s.adjustmentsFen += a.amountFen;
    s.totalFen = s.calculation.commissionFen + s.adjustmentsFen;
    return s;
}

std::optional<Statement> Commissions::statement(qint64 memberId, const Period &period)
{
    m_error.clear();
    if (!checkPeriod(period) || !loadMembers())
        return std::nullopt;
    if (!m_members.contains(memberId) || !(m_scope.seesEverything() || m_scope.owners().contains(memberId))) {
        m_error = tr("You cannot see this member's statement.");
        return std::nullopt;
    }
    Statement s = build(memberId, period, std::nullopt);
    if (!m_engine.lastError().isEmpty() || !m_repository.lastError().isEmpty()) {
        m_error = !m_engine.lastError().isEmpty() ? m_engine.lastError() : m_repository.lastError();
        return std::nullopt;
    }
    return s;
}

std::optional<TeamSummary> Commissions::summary(const Period &period, qint64 teamId, qint64 memberId)
{
    m_error.clear();
    if (!checkPeriod(period) || !loadMembers())
        return std::nullopt;
    QSet<qint64> teams;
    if (teamId) {
        // The team and every team below it.
        for (auto it = m_teamParent.cbegin(); it != m_teamParent.cend(); ++it) {
            for (qint64 t = it.key(), guard = 0; t && guard < 64; t = m_teamParent.value(t), ++guard) {
                if (t == teamId) {
                    teams.insert(it.key());
                    break;
                }
            }
        }
    }
    QHash<qint64, qint64> revenue;
    const analytics::Breakdown byRep = m_engine.breakdown(Measure::Revenue, period, Dimension::Rep);
    for (const analytics::Row &row : byRep.rows)
        revenue.insert(row.id, row.value.rounded());
    if (!m_engine.lastError().isEmpty()) {
        m_error = m_engine.lastError();
        return std::nullopt;
    }

    TeamSummary summary;
    summary.period = period;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        const qint64 id = it.key();
        if (!it->active || !(m_scope.seesEverything() || m_scope.owners().contains(id)))
            continue;
        if ((teamId && !teams.contains(it->teamId)) || (memberId && id != memberId))
            continue;
        Statement s = build(id, period, revenue.value(id));
        const bool salesRole = s.role == Role::Rep || s.role == Role::Manager;
        if (!salesRole && !s.plan && s.adjustments.isEmpty() && memberId != id)
            continue;
        summary.statements << s;
    }
    if (!m_repository.lastError().isEmpty()) {
        m_error = m_repository.lastError();
        return std::nullopt;
    }
    std::sort(summary.statements.begin(), summary.statements.end(),
              [](const Statement &a, const Statement &b) {
                  if (a.teamName != b.teamName)
                      return a.teamName < b.teamName;
                  return a.teamId != b.teamId ? a.teamId < b.teamId : a.code < b.code;
              });
    for (const Statement &s : std::as_const(summary.statements)) {
        if (summary.teams.isEmpty() || summary.teams.constLast().teamId != s.teamId) {
            TeamTotals t;
            t.teamId = s.teamId;
            t.teamName = s.teamName;
            summary.teams << t;
        }
        add(summary.teams.last(), s);
        add(summary.total, s);
    }
    return summary;
}

std::optional<Simulation> Commissions::simulate(qint64 memberId, const Period &period, qint64 extraFen,
                                                const QString &category)
{
    const std::optional<Statement> current = statement(memberId, period);
    if (!current)
        return std::nullopt;
    Simulation sim;
    sim.extraFen = extraFen;
    sim.category = category;
    sim.current = *current;
    sim.simulated = build(memberId, period, current->baseFen(), extraFen, category);
    return sim;
}

bool Commissions::exportSummary(const TeamSummary &summary, const QString &path, const QString &format,
                                const QByteArray &encoding)
{
    const QString target = u"commission:"_s + summary.period.key();
    if (!Permissions(m_db).check(m_scope, PermissionArea::Money, PermissionAction::Export, target, &m_error))
        return false;
    const bool xlsx = format.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;
    if (!xlsx && format.compare(u"csv"_s, Qt::CaseInsensitive) != 0) {
        m_error = tr("Unknown format \"%1\": use csv or xlsx.").arg(format);
        return false;
    }
    io::CsvWriteOptions csv;
    csv.encoding = encoding.isEmpty() ? QByteArray("utf-8") : encoding.toLower();
    if (csv.encoding != "utf-8" && csv.encoding != "gbk" && csv.encoding != "gb18030") {
        m_error = tr("Unknown encoding \"%1\": use utf-8 or gbk.").arg(QString::fromLatin1(encoding));
        return false;
    }
    csv.byteOrderMark = csv.encoding == "utf-8";
    csv.neutralizeFormulas = true;
    QString error;
    std::unique_ptr<io::TableWriter> writer =
        xlsx ? io::createXlsxWriter(path, tr("Commission %1").arg(summary.period.key()), &error)
             : io::createCsvWriter(path, csv, &error);
    const bool written = writer && summary.write(*writer, xlsx);
    if (writer && !written)
        error = writer->errorString();
    AuditEntry entry;
    entry.action = AuditAction::Export;
    entry.target = target;
    entry.rows = summary.statements.size();
    entry.location = QFileInfo(path).absoluteFilePath();
    QString detail = u"format=%1"_s.arg(xlsx ? u"xlsx"_s : u"csv"_s);
    if (!xlsx && csv.encoding != "utf-8")
        detail += u" encoding="_s + QString::fromLatin1(csv.encoding);
    entry.detail = written ? detail : u"error=%1"_s.arg(error);
    entry.outcome = written ? AuditOutcome::Ok : AuditOutcome::Failed;
    AuditLog log(m_db, m_scope);
    if (!log.record(entry) && written) {
        m_error = log.lastError();
        return false;
    }
    if (!written)
        m_error = error;
    return written;
}

} // namespace frontline::commission
