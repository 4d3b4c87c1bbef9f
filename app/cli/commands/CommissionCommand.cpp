#include "CommissionCommand.h"

#include "Context.h"
#include "commission/Commissions.h"
#include "domain/Money.h"
#include "export/ReportWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::cli {

using namespace frontline::commission;
using analytics::Period;

QList<QCommandLineOption> CommissionCommand::options() const
{
    return {
        QCommandLineOption(u"period"_s,
                           tr("The month, quarter or year: 2025-03, 2025-Q1, 2025 (default: this month)."),
                           u"PERIOD"_s),
        QCommandLineOption(u"member"_s, tr("The member's code (statements: only theirs; adjust, simulate)."),
                           u"CODE"_s),
        QCommandLineOption(u"team"_s, tr("Only the members of this team and the teams below it."), u"TEAM"_s),
        QCommandLineOption(u"format"_s, tr("Statements: table, json, csv or xlsx (csv and xlsx need --out)."),
                           u"FORMAT"_s),
        QCommandLineOption(u"out"_s, tr("Write the statements to this file."), u"FILE"_s),
        QCommandLineOption(u"encoding"_s, tr("CSV text encoding: utf-8 (with a BOM, the default) or gbk."),
                           u"ENCODING"_s),
        QCommandLineOption(u"file"_s, tr("plan add: read the plan from this JSON file."), u"FILE"_s),
        QCommandLineOption(u"name"_s, tr("plan add: the plan's name."), u"NAME"_s),
        QCommandLineOption(u"role"_s, tr("plan add: for every member with this role (or use --member)."),
                           u"ROLE"_s),
        QCommandLineOption(u"from"_s, tr("plan add: the first period it is valid for, e.g. 2025-01."),
                           u"PERIOD"_s),
        QCommandLineOption(u"to"_s, tr("plan add: the last period it is valid for (default: open-ended)."),
                           u"PERIOD"_s),
        QCommandLineOption(u"mode"_s, tr("plan add: tier (whole amount at the tier reached) or marginal."),
                           u"MODE"_s),
        QCommandLineOption(u"tier"_s,
                           tr("plan add: a tier, attainment level and rate in basis points, e.g. 10000:500 "
                              "(repeat for each tier)."),
                           u"FROM_BP:RATE_BP"_s),
        QCommandLineOption(u"cap"_s, tr("plan add: the most commission paid per period, in yuan."),
                           u"YUAN"_s),
        QCommandLineOption(u"floor-bp"_s,
                           tr("plan add: below this attainment (basis points) nothing is paid."), u"BP"_s),
        QCommandLineOption(u"category-rate"_s,
                           tr("plan add: a product category's own rate, e.g. 服务:800 (repeat for several)."),
                           u"CATEGORY:RATE_BP"_s),
        QCommandLineOption(u"notes"_s, tr("plan add: notes."), u"TEXT"_s),
        QCommandLineOption(u"amount"_s, tr("adjust: the bonus in yuan; negative for a deduction."),
                           u"YUAN"_s),
        QCommandLineOption(u"reason"_s, tr("adjust: why (required)."), u"TEXT"_s),
        QCommandLineOption(u"extra"_s, tr("simulate: the extra revenue in yuan."), u"YUAN"_s),
        QCommandLineOption(u"category"_s,
                           tr("simulate: the product category of the extra revenue (default: one without its "
                              "own rate)."),
                           u"CATEGORY"_s),
    };
}

namespace {

QString tierText(const Statement &s)
{
    return s.calculation.tier ? CommissionCalculator::percent(s.calculation.tier->fromBp) : u"—"_s;
}

QString optionalMoney(const std::optional<qint64> &fen)
{
    return fen ? Money::format(*fen) : u"—"_s;
}

QString optionalPercent(const std::optional<qint64> &bp)
{
    return bp ? CommissionCalculator::percent(*bp) : u"—"_s;
}

QString planText(const Plan &p)
{
    QStringList lines;
    lines << u"#%1 %2"_s.arg(p.id).arg(p.name);
    lines << CommissionCommand::tr("For: %1").arg(p.role ? roleKey(*p.role)
                                                         : u"%1 %2"_s.arg(p.memberCode, p.memberName));
    lines << CommissionCommand::tr("Valid: %1 to %2")
                 .arg(p.validFrom.toString(Qt::ISODate),
                      p.validTo.isValid() ? p.validTo.toString(Qt::ISODate) : CommissionCommand::tr("open"));
    lines << CommissionCommand::tr("Mode: %1").arg(Plan::modeLabel(p.mode));
    for (const Tier &t : p.tiers)
        lines << CommissionCommand::tr("  from %1: %2%3")
                     .arg(CommissionCalculator::percent(t.fromBp), CommissionCalculator::percent(t.rateBp),
                          t.isAccelerator() ? CommissionCommand::tr(" (accelerator)") : QString());
    for (const CategoryRate &c : p.categoryRates)
        lines << CommissionCommand::tr("  category %1: %2")
                     .arg(c.category, CommissionCalculator::percent(c.rateBp));
    lines << CommissionCommand::tr("Cap: %1").arg(optionalMoney(p.capFen));
    lines << CommissionCommand::tr("Floor: %1").arg(CommissionCalculator::percent(p.floorBp));
    if (!p.notes.isEmpty())
        lines << p.notes;
    return lines.join(u'\n');
}

QString statementText(const Statement &s)
{
    QStringList lines;
    lines << u"%1 %2 · %3 · %4"_s.arg(s.code, s.name, s.teamName, s.period.label());
    lines << CommissionCommand::tr("Base: %1   Target: %2   Attainment: %3   Tier: %4")
                 .arg(Money::format(s.baseFen()), optionalMoney(s.calculation.targetFen),
                      optionalPercent(s.calculation.attainmentBp), tierText(s));
    for (const QString &line : s.explanation())
        lines << u"  "_s + line;
    return lines.join(u'\n');
}

} // namespace

int CommissionCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString action = args.value(0, u"statement"_s);
    static const QStringList actions = {u"statement"_s, u"plan"_s, u"adjust"_s, u"simulate"_s};
    if (!actions.contains(action))
        return context.usageError(tr("Use: frontline-cli commission %1").arg(arguments()));

    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    Commissions commissions(db, *scope);
    CommissionRepository &repo = commissions.repository();

    QString error;
    Period period = Period::containing(Period::Month, QDate::currentDate());
    if (context.isSet(u"period"_s)) {
        const std::optional<Period> parsed = Period::parse(context.value(u"period"_s), &error);
        if (!parsed)
            return context.usageError(error);
        period = *parsed;
    }
    if (action != u"plan"_s && !Commissions::isStatementPeriod(period))
        return context.usageError(tr("Commission statements are for a month, a quarter or a year."));
    qint64 memberId = 0;
    if (context.isSet(u"member"_s) && action != u"plan"_s) {
        memberId = context.memberId(db, context.value(u"member"_s));
        if (!memberId)
            return Failure;
    }

    if (action == u"plan"_s) {
        const QString sub = args.value(1);
        if (sub == u"list"_s) {
            const QList<Plan> plans = repo.plans();
            if (!repo.lastError().isEmpty())
                return context.fail(repo.lastError());
            QJsonArray array;
            QList<QStringList> rows;
            for (const Plan &p : plans) {
                array.append(p.toJson());
                rows << QStringList{QString::number(p.id),
                                    p.name,
                                    p.role ? roleKey(*p.role) : p.memberCode,
                                    p.validFrom.toString(Qt::ISODate),
                                    p.validTo.isValid() ? p.validTo.toString(Qt::ISODate) : QString(),
                                    rateModeKey(p.mode),
                                    QString::number(p.tiers.size())};
            }
            if (context.json()) {
                context.print(array, {});
            } else {
                context.printTable(
                    {tr("Id"), tr("Name"), tr("For"), tr("From"), tr("To"), tr("Mode"), tr("Tiers")}, rows);
            }
            return Success;
        }
        if (sub == u"show"_s || sub == u"remove"_s) {
            bool ok = false;
            const qint64 id = args.value(2).toLongLong(&ok);
            if (!ok)
                return context.usageError(tr("Use: frontline-cli commission plan %1 ID").arg(sub));
            if (sub == u"remove"_s) {
                if (!repo.removePlan(id))
                    return context.fail(repo.lastError());
                context.print(QJsonObject{{u"removed"_s, id}}, tr("Plan %1 removed.").arg(id));
                return Success;
            }
            const std::optional<Plan> p = repo.plan(id);
            if (!p)
                return context.fail(tr("There is no plan with the id %1 that you can see.").arg(id));
            context.print(p->toJson(), planText(*p));
            return Success;
        }
        if (sub != u"add"_s)
            return context.usageError(tr("Use: frontline-cli commission plan add|list|show|remove"));

        // From a file, then options on top of it.
        QJsonObject json;
        if (context.isSet(u"file"_s)) {
            QFile file(context.value(u"file"_s));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!doc.isObject())
                return context.usageError(
                    tr("%1 is not a JSON object: %2").arg(file.fileName(), parseError.errorString()));
            json = doc.object();
        }
        for (const QString &key : {u"name"_s, u"role"_s, u"from"_s, u"to"_s, u"mode"_s, u"notes"_s}) {
            if (context.isSet(key))
                json.insert(key, context.value(key));
        }
        if (context.isSet(u"member"_s))
            json.insert(u"member"_s, context.value(u"member"_s));
        if (context.isSet(u"role"_s) && !context.isSet(u"member"_s))
            json.remove(u"member"_s);
        if (context.isSet(u"member"_s) && !context.isSet(u"role"_s))
            json.remove(u"role"_s);
        const auto pairs = [&](const QString &option, const QString &left, const QString &right,
                               QJsonArray *out) {
            for (const QString &value : context.parser().values(option)) {
                const QString a = value.section(u':', 0, -2).trimmed(), b = value.section(u':', -1).trimmed();
                bool ok = false;
                const qint64 n = b.toLongLong(&ok);
                if (a.isEmpty() || !ok)
                    return false;
                if (left == u"from_bp"_s) {
                    bool fromOk = false;
                    const qint64 from = a.toLongLong(&fromOk);
                    if (!fromOk)
                        return false;
                    out->append(QJsonObject{{left, from}, {right, n}});
                } else {
                    out->append(QJsonObject{{left, a}, {right, n}});
                }
            }
            return true;
        };
        if (context.isSet(u"tier"_s)) {
            QJsonArray tiers;
            if (!pairs(u"tier"_s, u"from_bp"_s, u"rate_bp"_s, &tiers))
                return context.usageError(tr("Write a tier as FROM_BP:RATE_BP, e.g. 10000:500."));
            json.insert(u"tiers"_s, tiers);
        }
        if (context.isSet(u"category-rate"_s)) {
            QJsonArray categories;
            if (!pairs(u"category-rate"_s, u"category"_s, u"rate_bp"_s, &categories))
                return context.usageError(tr("Write a category rate as CATEGORY:RATE_BP, e.g. 服务:800."));
            json.insert(u"categories"_s, categories);
        }
        if (context.isSet(u"cap"_s)) {
            const std::optional<qint64> cap = Money::parseYuan(context.value(u"cap"_s));
            if (!cap)
                return context.usageError(tr("\"%1\" is not an amount.").arg(context.value(u"cap"_s)));
            json.insert(u"cap_fen"_s, *cap);
        }
        if (context.isSet(u"floor-bp"_s)) {
            bool ok = false;
            const qint64 floor = context.value(u"floor-bp"_s).toLongLong(&ok);
            if (!ok)
                return context.usageError(tr("--floor-bp takes a whole number of basis points."));
            json.insert(u"floor_bp"_s, floor);
        }
        std::optional<Plan> plan = Plan::fromJson(json, &error);
        if (!plan)
            return context.usageError(error);
        const SaveResult saved = repo.addPlan(*plan);
        if (!saved.ok())
            return context.fail(saved.message());
        const std::optional<Plan> stored = repo.plan(saved.id);
        if (!stored)
            return context.fail(repo.lastError());
        context.print(stored->toJson(), tr("Plan %1 added.").arg(saved.id) + u'\n' + planText(*stored));
        return Success;
    }

    if (action == u"adjust"_s) {
        if (!memberId || !context.isSet(u"amount"_s) || !context.isSet(u"reason"_s) ||
            !context.isSet(u"period"_s))
            return context.usageError(tr("Use: frontline-cli commission adjust --member CODE --period PERIOD "
                                         "--amount YUAN --reason TEXT"));
        const std::optional<qint64> amount = Money::parseYuan(context.value(u"amount"_s));
        if (!amount)
            return context.usageError(tr("\"%1\" is not an amount.").arg(context.value(u"amount"_s)));
        Adjustment a;
        a.memberId = memberId;
        a.period = period;
        a.amountFen = *amount;
        a.reason = context.value(u"reason"_s);
        const SaveResult saved = repo.addAdjustment(a);
        if (!saved.ok())
            return context.fail(saved.message());
        context.print(QJsonObject{{u"id"_s, saved.id},
                                  {u"member"_s, context.value(u"member"_s)},
                                  {u"period"_s, period.key()},
                                  {u"amount_fen"_s, *amount},
                                  {u"reason"_s, a.reason}},
                      (*amount >= 0 ? tr("Bonus of %1 for %2 in %3 recorded.")
                                    : tr("Deduction of %1 for %2 in %3 recorded."))
                          .arg(Money::format(*amount >= 0 ? *amount : -*amount), context.value(u"member"_s),
                               period.label()));
        return Success;
    }

    if (action == u"simulate"_s) {
        if (!memberId || !context.isSet(u"extra"_s))
            return context.usageError(
                tr("Use: frontline-cli commission simulate --member CODE --period PERIOD --extra YUAN"));
        const std::optional<qint64> extra = Money::parseYuan(context.value(u"extra"_s));
        if (!extra)
            return context.usageError(tr("\"%1\" is not an amount.").arg(context.value(u"extra"_s)));
        const std::optional<Simulation> sim =
            commissions.simulate(memberId, period, *extra, context.value(u"category"_s));
        if (!sim)
            return context.fail(commissions.lastError());
        context.print(sim->toJson(), sim->sentence() + u"\n\n"_s + statementText(sim->simulated));
        return Success;
    }

    // Statements.
    qint64 teamId = 0;
    if (context.isSet(u"team"_s)) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT id FROM team WHERE name = ? AND deleted = 0"_s);
        q.addBindValue(context.value(u"team"_s));
        if (!q.exec() || !q.next())
            return context.fail(tr("There is no team named %1.").arg(context.value(u"team"_s)));
        teamId = q.value(0).toLongLong();
    }
    QString format = context.json() ? u"json"_s : u"table"_s;
    if (context.isSet(u"format"_s))
        format = context.value(u"format"_s);
    if (!QStringList{u"table"_s, u"json"_s, u"csv"_s, u"xlsx"_s}.contains(format))
        return context.usageError(tr("Unknown format \"%1\": use table, json, csv or xlsx.").arg(format));
    if ((format == u"csv"_s || format == u"xlsx"_s) && !context.isSet(u"out"_s))
        return context.usageError(tr("--format %1 needs --out FILE.").arg(format));
    if (memberId && !(scope->seesEverything() || scope->owners().contains(memberId)))
        return context.fail(tr("You cannot see this member's statement."));

    const std::optional<TeamSummary> summary = commissions.summary(period, teamId, memberId);
    if (!summary)
        return context.fail(commissions.lastError());

    if (format == u"json"_s) {
        const QByteArray bytes = QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
        if (context.isSet(u"out"_s)) {
            QFile file(context.value(u"out"_s));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return context.fail(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return Success;
        }
        context.printText(QString::fromUtf8(bytes).trimmed());
        return Success;
    }
    if (format == u"csv"_s || format == u"xlsx"_s) {
        const QString path = context.value(u"out"_s);
        // The file shows yuan with two decimals (CSV as text, XLSX as numbers); core checks the
        // export permission and audits the file.
        const QByteArray encoding =
            context.isSet(u"encoding"_s) ? ReportWriter::csvEncoding(context.value(u"encoding"_s)) : "utf-8";
        if (encoding.isEmpty())
            return context.usageError(
                tr("Unknown encoding \"%1\": use utf-8 or gbk.").arg(context.value(u"encoding"_s)));
        if (!commissions.exportSummary(*summary, path, format, encoding))
            return context.fail(commissions.lastError());
        context.printText(
            tr("%n statement(s) written to %1.", nullptr, int(summary->statements.size())).arg(path));
        return Success;
    }

    // Text: one member's statement in full, else the summary table.
    if (memberId && summary->statements.size() == 1) {
        context.printText(statementText(summary->statements.constFirst()));
        return Success;
    }
    QList<QStringList> rows;
    for (const Statement &s : summary->statements) {
        rows << QStringList{s.code,
                            s.name,
                            s.teamName,
                            s.plan ? s.plan->name : u"—"_s,
                            Money::format(s.baseFen()),
                            optionalMoney(s.calculation.targetFen),
                            optionalPercent(s.calculation.attainmentBp),
                            tierText(s),
                            Money::format(s.commissionFen()),
                            Money::format(s.adjustmentsFen),
                            Money::format(s.totalFen)};
    }
    for (const TeamTotals &t : summary->teams) {
        rows << QStringList{QString(),
                            tr("Team total"),
                            t.teamName,
                            QString(),
                            Money::format(t.baseFen),
                            QString(),
                            QString(),
                            QString(),
                            Money::format(t.commissionFen),
                            Money::format(t.adjustmentsFen),
                            Money::format(t.totalFen)};
    }
    rows << QStringList{QString(),
                        tr("Total"),
                        QString(),
                        QString(),
                        Money::format(summary->total.baseFen),
                        QString(),
                        QString(),
                        QString(),
                        Money::format(summary->total.commissionFen),
                        Money::format(summary->total.adjustmentsFen),
                        Money::format(summary->total.totalFen)};
    context.printText(tr("Commission statements · %1").arg(period.label()));
    context.printTable(TeamSummary::headers(), rows);
    return Success;
}

} // namespace frontline::cli
