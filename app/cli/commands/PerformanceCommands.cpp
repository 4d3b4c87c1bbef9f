#include "PerformanceCommands.h"

#include "Context.h"
#include "TrainingCommands.h"
#include "analytics/Period.h"
#include "domain/Money.h"
#include "performance/Evaluations.h"
#include "performance/Honours.h"
#include "performance/OrgTree.h"
#include "performance/Rankings.h"
#include "performance/Scorecards.h"
#include "performance/TargetPlanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

using namespace frontline::performance;
using analytics::Measure;
using analytics::Metrics;
using analytics::Period;
using analytics::Value;
using analytics::ValueType;

void addPerformanceCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<TargetCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    commands.push_back(std::make_unique<EvaluationCommand>());
    commands.push_back(std::make_unique<RankCommand>());
    commands.push_back(std::make_unique<HonourCommand>());
    commands.push_back(std::make_unique<ScorecardCommand>());
}

namespace {

QCommandLineOption periodOption()
{
    return QCommandLineOption(u"period"_s, TargetCommand::tr("2025-03, 2025-Q1 or 2025."), u"PERIOD"_s);
}

QCommandLineOption teamOption()
{
    return QCommandLineOption(u"team"_s, TargetCommand::tr("The team's name."), u"TEAM"_s);
}

QCommandLineOption memberOption()
{
    return QCommandLineOption(u"member"_s, TargetCommand::tr("The member's code."), u"CODE"_s);
}

// The --period option; the usage error is printed when it is missing or wrong.
std::optional<Period> readPeriod(Context &context, bool required)
{
    if (!context.isSet(u"period"_s)) {
        if (required)
            context.usageError(TargetCommand::tr("Give the period with --period (e.g. 2025-03)."));
        return std::nullopt;
    }
    QString error;
    const std::optional<Period> p = Period::parse(context.value(u"period"_s), &error);
    if (!p)
        context.usageError(error);
    return p;
}

// --team NAME → id; 0 when not given; -1 (message printed) when unknown.
qint64 readTeam(Context &context, Database &db)
{
    if (!context.isSet(u"team"_s))
        return 0;
    const OrgTree org(db.connection());
    const std::optional<qint64> id = org.teamByName(context.value(u"team"_s).trimmed());
    if (!id) {
        context.fail(TargetCommand::tr("There is no team named %1.").arg(context.value(u"team"_s)));
        return -1;
    }
    return *id;
}

// --member CODE → id; 0 when not given; -1 (message printed) when unknown.
qint64 readMember(Context &context, Database &db)
{
    if (!context.isSet(u"member"_s))
        return 0;
    const qint64 id = context.memberId(db, context.value(u"member"_s));
    return id ? id : -1;
}

QJsonValue valueJson(const Value &v)
{
    if (!v.isDefined())
        return QJsonValue();
    if (v.type == ValueType::Fen || v.type == ValueType::Count)
        return QJsonValue(v.rounded());
    return QJsonValue(v.toDouble());
}

QString targetValueText(Measure m, qint64 value)
{
    return Metrics::type(m) == ValueType::Fen ? Money::format(value) : QString::number(value);
}

QJsonValue pointsJson(qint64 hundredths)
{
    return QJsonValue(double(hundredths) / 100.0);
}

QJsonObject infoJson(const EvaluationInfo &i)
{
    return QJsonObject{
        {u"id"_s, i.id},
        {u"period"_s, i.period.key()},
        {u"team"_s, i.teamId ? QJsonValue(i.teamName) : QJsonValue()},
        {u"version"_s, i.version},
        {u"status"_s, i.statusKey()},
        {u"data_version"_s, i.dataVersion},
        {u"computed_at"_s, i.computedAt.toString(Qt::ISODateWithMs)},
        {u"computed_by"_s, i.computedBy.isEmpty() ? QJsonValue() : QJsonValue(i.computedBy)},
        {u"published_at"_s,
         i.publishedAt.isValid() ? QJsonValue(i.publishedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {u"published_by"_s, i.publishedBy.isEmpty() ? QJsonValue() : QJsonValue(i.publishedBy)},
    };
}

// The plan as plan show prints it, with only the reviews of the evaluation's period, each saying
// whether it was written on this version, and the lines the line view shows.
QJsonObject evaluationPlanJson(const DevelopmentPlan &plan, const EvaluationInfo &evaluation)
{
    QJsonObject o = planJson(plan, QDate::currentDate());
    const QJsonArray all = o.value(u"reviews"_s).toArray();
    QJsonArray reviews;
    for (qsizetype i = 0; i < all.size() && i < plan.reviews.size(); ++i) {
        const PlanReview &r = plan.reviews.at(i);
        if (r.period != evaluation.period.key())
            continue;
        QJsonObject review = all.at(i).toObject();
        review.insert(u"this_version"_s, !r.evaluationUuid.isEmpty() && r.evaluationUuid == evaluation.uuid);
        reviews.append(review);
    }
    o.insert(u"reviews"_s, reviews);
    o.insert(u"explanation"_s, QJsonArray::fromStringList(Evaluations::planLines(plan, evaluation)));
    return o;
}

QJsonObject snapshotJson(const Snapshot &s, const QHash<qint64, DevelopmentPlan> &plans)
{
    QJsonObject o = infoJson(s.info);
    o.insert(u"reproducible"_s, s.reproducible);
    QJsonArray lines;
    for (const EvaluationLine &l : s.lines) {
        QJsonArray indicators, adjustments, explanation;
        for (const IndicatorResult &r : l.indicators) {
            indicators.append(QJsonObject{
                {u"metric"_s, Metrics::key(r.indicator.measure)},
                {u"label"_s, r.indicator.label()},
                {u"value"_s, valueJson(r.value)},
                {u"value_text"_s, r.value.display()},
                {u"value_numerator"_s, r.value.numerator},
                {u"value_denominator"_s, r.value.denominator},
                {u"target_source"_s, Scoring::targetSourceKey(r.indicator.targetSource)},
                {u"target_milli"_s, r.target ? QJsonValue(*r.target) : QJsonValue()},
                {u"target_text"_s,
                 r.target ? QJsonValue(Scoring::targetText(r.indicator.measure, *r.target)) : QJsonValue()},
                {u"direction"_s, Scoring::directionKey(r.indicator.direction)},
                {u"rule"_s, Scoring::ruleKey(r.indicator.rule)},
                {u"cap_bp"_s, r.indicator.capBp},
                {u"steps"_s, Scoring::stepsText(r.indicator.steps)},
                {u"weight"_s, r.indicator.weight},
                {u"scored"_s, r.score.scored},
                {u"achievement_bp"_s, r.score.scored ? QJsonValue(r.score.achievementBp) : QJsonValue()},
                {u"score"_s, r.score.scored ? pointsJson(r.score.score) : QJsonValue()},
                {u"contribution"_s, pointsJson(r.contribution)},
                {u"explanation"_s, r.score.explanation},
            });
        }
        for (const Adjustment &a : l.adjustments)
            adjustments.append(
                QJsonObject{{u"points"_s, pointsJson(a.points)},
                            {u"reason"_s, a.reason},
                            {u"author"_s, a.author.isEmpty() ? QJsonValue() : QJsonValue(a.author)},
                            {u"created_at"_s, a.createdAt.toString(Qt::ISODateWithMs)}});
        for (const QString &e : l.explanation)
            explanation.append(e);
        lines.append(QJsonObject{
            {u"rank"_s, l.rank},
            {u"member"_s, l.code},
            {u"name"_s, l.name},
            {u"team"_s, l.teamName},
            {u"role"_s, roleKey(l.role)},
            {u"scorecard"_s, l.scorecardName},
            {u"computed_score"_s, pointsJson(l.computedScore)},
            {u"adjustment"_s, pointsJson(l.adjustment)},
            {u"score"_s, pointsJson(l.score)},
            {u"score_hundredths"_s, l.score},
            {u"indicators"_s, indicators},
            {u"adjustments"_s, adjustments},
            {u"explanation"_s, explanation},
            {u"development_plan"_s, plans.contains(l.memberId)
                                        ? QJsonValue(evaluationPlanJson(plans.value(l.memberId), s.info))
                                        : QJsonValue()},
        });
    }
    o.insert(u"lines"_s, lines);
    return o;
}

// With each member's development plan beside their line (reviewed in evaluations).
void printSnapshot(Context &context, const Snapshot &s, Evaluations &evaluations)
{
    QHash<qint64, DevelopmentPlan> plans;
    for (const EvaluationLine &l : s.lines) {
        if (const std::optional<DevelopmentPlan> p = evaluations.developmentPlan(l.memberId))
            plans.insert(l.memberId, *p);
    }
    const QString head =
        EvaluationCommand::tr("Evaluation %1 · %2 · version %3 (%4) · data %5")
            .arg(s.info.period.key(), s.info.teamId ? s.info.teamName : EvaluationCommand::tr("company"))
            .arg(s.info.version)
            .arg(s.info.statusKey(), s.info.dataVersion);
    QString text = head + u'\n';
    for (const EvaluationLine &l : s.lines) {
        text += u"\n#%1 %2 %3 — %4\n"_s.arg(l.rank).arg(l.code, l.name, Scoring::pointsText(l.score));
        for (const QString &e : l.explanation)
            text += u"    "_s + e + u'\n';
        if (plans.contains(l.memberId)) {
            for (const QString &e : Evaluations::planLines(plans.value(l.memberId), s.info))
                text += u"    "_s + e + u'\n';
        }
    }
    context.print(snapshotJson(s, plans), text.chopped(1));
}

} // namespace

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> TargetCommand::options() const
{
    return {
        periodOption(),
        memberOption(),
        teamOption(),
        QCommandLineOption(u"metric"_s,
                           tr("revenue, collected, orders, new_customers, visits… (default revenue)."),
                           u"METRIC"_s),
        QCommandLineOption(u"value"_s, tr("The target: yuan for money (100000 or 1,000.50), else a count."),
                           u"VALUE"_s),
        QCommandLineOption(u"method"_s,
                           tr("split: even, weights or last-year among reps; even or seasonal into months."),
                           u"METHOD"_s),
        QCommandLineOption(u"weights"_s, tr("split --method weights: CODE=WEIGHT,… (e.g. R1=2,R2=1)."),
                           u"LIST"_s),
        QCommandLineOption(u"into"_s, tr("split into reps (a team's target) or months (a quarter or year)."),
                           u"reps|months"_s),
        QCommandLineOption(u"dry-run"_s, tr("Show what would be written without writing it.")),
    };
}

int TargetCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0);
    if (!QStringList{u"set"_s, u"list"_s, u"delete"_s, u"split"_s}.contains(sub))
        return context.usageError(tr("Use: frontline-cli target %1").arg(arguments()));
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    const qint64 memberId = readMember(context, db);
    const qint64 teamId = readTeam(context, db);
    if (memberId < 0 || teamId < 0)
        return Failure;
    Measure measure = Measure::Revenue;
    if (context.isSet(u"metric"_s)) {
        const std::optional<Measure> m = Metrics::measureFromKey(context.value(u"metric"_s));
        if (!m)
            return context.usageError(tr("Unknown metric \"%1\".").arg(context.value(u"metric"_s)));
        measure = *m;
    }
    const bool money = Metrics::type(measure) == ValueType::Fen;
    std::optional<qint64> value;
    if (context.isSet(u"value"_s)) {
        const QString text = context.value(u"value"_s);
        bool ok = true;
        value = money ? Money::parseYuan(text) : std::optional<qint64>(text.trimmed().toLongLong(&ok));
        if (!value || !ok || *value < 0)
            return context.usageError(tr("\"%1\" is not a target value.").arg(text));
    }
    TargetPlanner planner(db, *scope);
    const OrgTree org(db.connection());

    if (sub == u"list"_s) {
        std::optional<Period> period;
        if (context.isSet(u"period"_s) && !(period = readPeriod(context, true)))
            return UsageError;
        // A member or team outside the caller's scope is refused, not listed as empty.
        if (!planner.mayRead(memberId, teamId))
            return context.fail(planner.lastError());
        const QList<TargetRow> rows =
            planner.list(period.value_or(Period()), memberId, teamId,
                         context.isSet(u"metric"_s) ? std::optional<Measure>(measure) : std::nullopt);
        if (!planner.lastError().isEmpty())
            return context.fail(planner.lastError());
        QJsonArray array;
        QList<QStringList> table;
        for (const TargetRow &r : rows) {
            array.append(QJsonObject{{u"id"_s, r.id},
                                     {u"member"_s, r.memberId ? QJsonValue(r.subjectCode) : QJsonValue()},
                                     {u"team"_s, r.teamId ? QJsonValue(r.subjectCode) : QJsonValue()},
                                     {u"name"_s, r.subjectName},
                                     {u"metric"_s, Metrics::key(r.measure)},
                                     {u"period"_s, r.period.key()},
                                     {u"value"_s, r.value},
                                     {u"value_text"_s, targetValueText(r.measure, r.value)}});
            table << QStringList{r.period.key(), Metrics::label(r.measure), r.subjectCode, r.subjectName,
                                 targetValueText(r.measure, r.value)};
        }
        QJsonObject out{{u"targets"_s, array}};
        // With a period and a subject: the target in force and, for a team, the reps' sum.
        if (period && (memberId || teamId)) {
            const std::optional<qint64> effective = planner.effective(memberId, teamId, measure, *period);
            out.insert(u"effective"_s, effective ? QJsonValue(*effective) : QJsonValue());
            if (teamId) {
                const std::optional<qint64> sum = planner.bottomUp(teamId, measure, *period);
                out.insert(u"bottom_up"_s, sum ? QJsonValue(*sum) : QJsonValue());
            }
        }
        if (context.json()) {
            context.print(out, {});
        } else {
            context.printTable({tr("Period"), tr("Metric"), tr("Code"), tr("Name"), tr("Target")}, table);
            if (out.contains(u"effective"_s))
                context.printText(
                    tr("In force for %1: %2")
                        .arg(period->key(),
                             out.value(u"effective"_s).isNull()
                                 ? tr("none")
                                 : targetValueText(measure, out.value(u"effective"_s).toInteger())));
            if (out.contains(u"bottom_up"_s))
                context.printText(
                    tr("Sum of the reps' targets: %1")
                        .arg(out.value(u"bottom_up"_s).isNull()
                                 ? tr("none")
                                 : targetValueText(measure, out.value(u"bottom_up"_s).toInteger())));
        }
        return Success;
    }

    const std::optional<Period> period = readPeriod(context, true);
    if (!period)
        return UsageError;
    if ((memberId == 0) == (teamId == 0))
        return context.usageError(tr("Give one of --member or --team."));
    const QString subject = memberId ? org.member(memberId)->code : org.teamName(teamId);
    if (sub == u"split"_s && !planner.mayRead(memberId, teamId))
        return context.fail(planner.lastError());

    if (sub == u"set"_s) {
        if (!value)
            return context.usageError(tr("Give the target with --value."));
        TargetRow row;
        row.memberId = memberId;
        row.teamId = teamId;
        row.measure = measure;
        row.period = *period;
        row.value = *value;
        const SaveResult r = planner.set(row);
        if (!r.ok())
            return context.fail(r.message());
        context.print(
            QJsonObject{{u"id"_s, r.id},
                        {u"subject"_s, subject},
                        {u"metric"_s, Metrics::key(measure)},
                        {u"period"_s, period->key()},
                        {u"value"_s, *value}},
            tr("Target of %1 for %2, %3: %4")
                .arg(subject, period->key(), Metrics::label(measure), targetValueText(measure, *value)));
        return Success;
    }
    if (sub == u"delete"_s) {
        if (!planner.remove(memberId, teamId, measure, *period))
            return context.fail(planner.lastError());
        context.print(QJsonObject{{u"deleted"_s, true}}, tr("Target deleted."));
        return Success;
    }

    // split
    const QString into = context.isSet(u"into"_s) ? context.value(u"into"_s) : u"reps"_s;
    if (into != u"reps"_s && into != u"months"_s)
        return context.usageError(tr("--into is reps or months."));
    const QString methodText = context.isSet(u"method"_s) ? context.value(u"method"_s) : u"even"_s;
    const std::optional<TargetPlanner::SplitMethod> method = TargetPlanner::methodFromKey(methodText);
    if (!method)
        return context.usageError(tr("Unknown method \"%1\".").arg(methodText));
    qint64 total = 0;
    if (value) {
        total = *value;
    } else if (const std::optional<qint64> own = planner.effective(memberId, teamId, measure, *period)) {
        total = *own;
    } else {
        return context.usageError(
            tr("%1 has no target for %2: give the total with --value.").arg(subject, period->key()));
    }
    const bool save = !context.isSet(u"dry-run"_s);
    SplitResult split;
    if (into == u"reps"_s) {
        if (!teamId)
            return context.usageError(tr("Splitting among reps needs --team."));
        QHash<qint64, qint64> weights;
        if (*method == TargetPlanner::SplitMethod::Weights) {
            for (const QString &pair : context.value(u"weights"_s).split(u',', Qt::SkipEmptyParts)) {
                const QStringList kv = pair.split(u'=');
                bool ok = false;
                const qint64 w = kv.value(1).trimmed().toLongLong(&ok);
                const Member *m = org.memberByCode(kv.value(0).trimmed());
                if (kv.size() != 2 || !ok || w < 0 || !m)
                    return context.usageError(tr("\"%1\" is not CODE=WEIGHT.").arg(pair));
                weights.insert(m->id, w);
            }
        }
        split = planner.splitTeam(teamId, measure, *period, total, *method, weights, save);
    } else {
        split = planner.splitPeriod(memberId, teamId, measure, *period, total, *method, save);
    }
    if (!split.ok())
        return context.fail(split.error);
    QJsonArray parts;
    QList<QStringList> table;
    qint64 sum = 0;
    for (const SplitPart &p : split.parts) {
        sum += p.value;
        parts.append(QJsonObject{{u"member"_s, p.memberId ? QJsonValue(p.code) : QJsonValue()},
                                 {u"name"_s, p.name},
                                 {u"period"_s, p.period.key()},
                                 {u"weight"_s, p.weight},
                                 {u"value"_s, p.value},
                                 {u"value_text"_s, targetValueText(measure, p.value)}});
        table << QStringList{p.period.key(), p.memberId ? p.code : QString(), p.name,
                             QString::number(p.weight), targetValueText(measure, p.value)};
    }
    if (context.json()) {
        context.print(QJsonObject{{u"subject"_s, subject},
                                  {u"metric"_s, Metrics::key(measure)},
                                  {u"period"_s, period->key()},
                                  {u"method"_s, split.method},
                                  {u"total"_s, split.total},
                                  {u"sum"_s, sum},
                                  {u"saved"_s, save},
                                  {u"parts"_s, parts}},
                      {});
    } else {
        context.printTable({tr("Period"), tr("Code"), tr("Name"), tr("Weight"), tr("Target")}, table);
        context.printText(save ? tr("Saved: %1 split %2 into %3 parts.")
                                     .arg(targetValueText(measure, split.total), split.method)
                                     .arg(split.parts.size())
                               : tr("Dry run: nothing written."));
    }
    return Success;
}

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> EvaluateCommand::options() const
{
    return {periodOption(), teamOption(),
            QCommandLineOption(u"publish"_s, tr("Publish the new version at once."))};
}

int EvaluateCommand::run(Context &context)
{
    const std::optional<Period> period = readPeriod(context, true);
    if (!period)
        return UsageError;
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    const qint64 teamId = readTeam(context, db);
    if (teamId < 0)
        return Failure;
    Evaluations evaluations(db, *scope);
    const std::optional<EvaluationInfo> made = evaluations.run(*period, teamId);
    if (!made)
        return context.fail(evaluations.lastError());
    if (context.isSet(u"publish"_s) && !evaluations.publish(made->id))
        return context.fail(evaluations.lastError());
    const std::optional<Snapshot> snapshot = evaluations.snapshot(made->id);
    if (!snapshot)
        return context.fail(evaluations.lastError());
    printSnapshot(context, *snapshot, evaluations);
    return Success;
}

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> EvaluationCommand::options() const
{
    // The version is read as "--version N" (the global --version flag followed by the number).
    return {periodOption(),
            teamOption(),
            memberOption(),
            QCommandLineOption(u"points"_s,
                               tr("adjust: points to add (negative to take away), e.g. 2.5 or -1."),
                               u"POINTS"_s),
            QCommandLineOption(u"reason"_s, tr("The reason (adjust, comment; honour award)."), u"TEXT"_s),
            QCommandLineOption(u"comment"_s, tr("review: the review of the member's development plan."),
                               u"TEXT"_s)};
}

int EvaluationCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString sub = args.value(0);
    if (!QStringList{u"list"_s, u"show"_s, u"adjust"_s, u"publish"_s, u"review"_s}.contains(sub))
        return context.usageError(tr("Use: frontline-cli evaluation %1").arg(arguments()));
    int version = 0;
    if (context.isSet(u"version"_s)) {
        bool ok = false;
        version = args.value(1).toInt(&ok);
        if (!ok || version < 1)
            return context.usageError(tr("Give the version as --version N."));
    }
    const std::optional<Period> period = readPeriod(context, true);
    if (!period)
        return UsageError;
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    qint64 teamId = readTeam(context, db);
    if (teamId < 0)
        return Failure;
    Evaluations evaluations(db, *scope);
    if (sub == u"list"_s) {
        QJsonArray array;
        QList<QStringList> table;
        for (const EvaluationInfo &i :
             evaluations.versions(*period, context.isSet(u"team"_s) ? teamId : -1)) {
            array.append(infoJson(i));
            table << QStringList{
                i.period.key(), i.teamId ? i.teamName : tr("company"), QString::number(i.version),
                i.statusKey(),  i.computedAt.toString(Qt::ISODate),    i.dataVersion};
        }
        if (context.json())
            context.print(QJsonObject{{u"versions"_s, array}}, {});
        else
            context.printTable(
                {tr("Period"), tr("Team"), tr("Version"), tr("Status"), tr("Computed"), tr("Data")}, table);
        return Success;
    }
    // Without --team: the team the evaluation was run for by this user (a manager's own team).
    if (!context.isSet(u"team"_s) && scope->role() != Role::Admin && scope->role() != Role::Support) {
        const OrgTree org(db.connection());
        if (const Member *me = org.member(scope->memberId()); me && scope->role() == Role::Manager)
            teamId = me->teamId;
    }
    std::optional<EvaluationInfo> info = evaluations.find(*period, teamId, version);
    if (!info && !context.isSet(u"team"_s) && teamId)
        info = evaluations.find(*period, 0, version); // the company's
    if (!info && scope->role() == Role::Rep && !version)
        info = evaluations.latestPublished(*period, [&] {
            const OrgTree org(db.connection());
            const Member *me = org.member(scope->memberId());
            return me ? me->teamId : qint64(0);
        }());
    if (!info)
        return context.fail(
            version ? tr("There is no version %1 of the evaluation of %2.").arg(version).arg(period->key())
                    : tr("%1 has not been evaluated yet.").arg(period->key()));
    if (sub == u"adjust"_s) {
        const qint64 memberId = readMember(context, db);
        if (memberId <= 0)
            return memberId < 0 ? Failure : context.usageError(tr("Give the member with --member."));
        qint64 points = 0;
        if (context.isSet(u"points"_s)) {
            const std::optional<qint64> p = Scoring::parsePoints(context.value(u"points"_s));
            if (!p)
                return context.usageError(
                    tr("\"%1\" is not a number of points.").arg(context.value(u"points"_s)));
            points = *p;
        }
        const SaveResult r = evaluations.adjust(info->id, memberId, points, context.value(u"reason"_s));
        if (!r.ok())
            return context.fail(r.message());
    } else if (sub == u"publish"_s) {
        if (!evaluations.publish(info->id))
            return context.fail(evaluations.lastError());
    } else if (sub == u"review"_s) {
        const qint64 memberId = readMember(context, db);
        if (memberId <= 0)
            return memberId < 0 ? Failure : context.usageError(tr("Give the member with --member."));
        if (!context.isSet(u"comment"_s))
            return context.usageError(tr("Give the review with --comment."));
        const SaveResult r = evaluations.reviewPlan(info->id, memberId, context.value(u"comment"_s));
        if (!r.ok())
            return context.fail(r.message());
    }
    const std::optional<Snapshot> snapshot = evaluations.snapshot(info->id);
    if (!snapshot)
        return context.fail(evaluations.lastError());
    printSnapshot(context, *snapshot, evaluations);
    return Success;
}

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> RankCommand::options() const
{
    return {periodOption(), teamOption(),
            QCommandLineOption(u"by"_s, tr("score or a measure: %1.").arg(Rankings::keys().join(u", "_s)),
                               u"KEY"_s)};
}

int RankCommand::run(Context &context)
{
    const std::optional<Period> period = readPeriod(context, true);
    if (!period)
        return UsageError;
    const QString by = context.isSet(u"by"_s) ? context.value(u"by"_s) : u"score"_s;
    if (!Rankings::keys().contains(by))
        return context.usageError(
            tr("Unknown ranking \"%1\": use %2.").arg(by, Rankings::keys().join(u", "_s)));
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    const qint64 teamId = readTeam(context, db);
    if (teamId < 0)
        return Failure;
    Rankings rankings(db, *scope);
    const Ranking ranking = rankings.rank(by, *period, teamId);
    if (!ranking.ok())
        return context.fail(ranking.error);
    QJsonArray rows;
    QList<QStringList> table;
    for (const RankingRow &r : ranking.rows) {
        const QString arrow = r.movement == RankingRow::Up     ? u"↑%1"_s.arg(r.places)
                              : r.movement == RankingRow::Down ? u"↓%1"_s.arg(r.places)
                              : r.movement == RankingRow::Same ? u"="_s
                                                               : tr("new");
        rows.append(QJsonObject{
            {u"rank"_s, r.rank},
            {u"member"_s, r.code},
            {u"name"_s, r.name},
            {u"team"_s, r.teamName},
            {u"value"_s, r.isScore ? pointsJson(r.value.numerator) : valueJson(r.value)},
            {u"value_text"_s, r.valueText()},
            {u"movement"_s,
             QJsonObject{{u"direction"_s, RankingRow::movementKey(r.movement)},
                         {u"places"_s, r.places},
                         {u"previous_rank"_s, r.previousRank ? QJsonValue(r.previousRank) : QJsonValue()}}},
            {u"medal"_s, r.medal.isEmpty() ? QJsonValue() : QJsonValue(r.medal)},
        });
        const QString medal = r.medal == u"gold"_s     ? u"🥇"_s
                              : r.medal == u"silver"_s ? u"🥈"_s
                              : r.medal == u"bronze"_s ? u"🥉"_s
                                                       : QString();
        table << QStringList{QString::number(r.rank), medal, r.code, r.name, r.teamName,
                             r.valueText(),           arrow};
    }
    QJsonObject out{{u"by"_s, by}, {u"period"_s, period->key()}, {u"rows"_s, rows}};
    if (ranking.evaluation)
        out.insert(u"evaluation"_s, infoJson(*ranking.evaluation));
    if (context.json())
        context.print(out, {});
    else
        context.printTable(
            {tr("Rank"), QString(), tr("Code"), tr("Name"), tr("Team"), tr("Value"), tr("Movement")}, table);
    return Success;
}

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> HonourCommand::options() const
{
    return {
        periodOption(), memberOption(),
        QCommandLineOption(u"kind"_s, tr("The honour: %1.").arg(Honours::kinds().join(u", "_s)), u"KIND"_s),
        QCommandLineOption(u"reason"_s, tr("Why it is given."), u"TEXT"_s)};
}

int HonourCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0);
    if (sub != u"list"_s && sub != u"award"_s)
        return context.usageError(tr("Use: frontline-cli honour %1").arg(arguments()));
    std::optional<Period> period;
    if ((context.isSet(u"period"_s) || sub == u"award"_s) && !(period = readPeriod(context, true)))
        return UsageError;
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    const qint64 memberId = readMember(context, db);
    if (memberId < 0)
        return Failure;
    Honours honours(db, *scope);
    if (sub == u"award"_s) {
        if (!memberId)
            return context.usageError(tr("Give the member with --member."));
        const SaveResult r =
            honours.award(memberId, context.isSet(u"kind"_s) ? context.value(u"kind"_s) : u"manual"_s,
                          *period, context.value(u"reason"_s));
        if (!r.ok())
            return context.fail(r.message());
    }
    QJsonArray array;
    QList<QStringList> table;
    for (const Honour &h : honours.list(period.value_or(Period()), memberId)) {
        array.append(
            QJsonObject{{u"id"_s, h.id},
                        {u"member"_s, h.code},
                        {u"name"_s, h.name},
                        {u"team"_s, h.teamName},
                        {u"kind"_s, h.kind},
                        {u"title"_s, h.title()},
                        {u"period"_s, h.period},
                        {u"awarded_on"_s, h.awardedOn.toString(Qt::ISODate)},
                        {u"reason"_s, h.reason},
                        {u"by_rule"_s, h.evaluationId != 0},
                        {u"awarded_by"_s, h.awardedBy.isEmpty() ? QJsonValue() : QJsonValue(h.awardedBy)}});
        table << QStringList{h.period, h.title(), h.code, h.name, h.awardedOn.toString(Qt::ISODate),
                             h.reason};
    }
    if (context.json())
        context.print(QJsonObject{{u"honours"_s, array}}, {});
    else
        context.printTable({tr("Period"), tr("Honour"), tr("Code"), tr("Name"), tr("Date"), tr("Reason")},
                           table);
    return Success;
}

// ---------------------------------------------------------------------------------------------

QList<QCommandLineOption> ScorecardCommand::options() const
{
    return {
        QCommandLineOption(u"role"_s,
                           tr("The card of a role or position: %1.").arg(Scorecards::keys().join(u", "_s)),
                           u"KEY"_s),
        QCommandLineOption(u"member"_s, tr("show: the card this member is scored with."), u"CODE"_s),
        QCommandLineOption(u"name"_s, tr("set: the card's name."), u"NAME"_s),
        QCommandLineOption(u"file"_s, tr("set: the card as JSON (what show --json prints)."), u"FILE"_s),
        QCommandLineOption(
            u"indicator"_s,
            tr("set, repeatable, replaces the indicators: \"metric=revenue weight=40 [direction=lower] "
               "[rule=steps steps=80:60,100:100] [cap=120] [target=4.5]\" (cap and thresholds in percent; "
               "target fixed, in the metric's unit; without it the member's own target)."),
            u"SPEC"_s),
        QCommandLineOption(u"dry-run"_s, tr("set: check the card without saving it.")),
    };
}

namespace {

QJsonObject scorecardJson(const Scorecard &card)
{
    QJsonObject o = Scorecards::toJson(card);
    QJsonArray indicators = o.value(u"indicators"_s).toArray();
    for (qsizetype n = 0; n < indicators.size() && n < card.indicators.size(); ++n) {
        const Indicator &i = card.indicators.at(n);
        QJsonObject io = indicators.at(n).toObject();
        io.insert(u"target_text"_s, i.targetSource == TargetSource::Fixed
                                        ? Scoring::targetText(i.measure, i.fixedTarget)
                                        : ScorecardCommand::tr("the member's target"));
        indicators[n] = io;
    }
    o.insert(u"label"_s, Scorecards::keyLabel(card.key()));
    o.insert(u"indicators"_s, indicators);
    return o;
}

void printScorecard(Context &context, const Scorecard &card)
{
    QList<QStringList> table;
    for (const Indicator &i : card.indicators) {
        const QString target = i.targetSource == TargetSource::Fixed
                                   ? Scoring::targetText(i.measure, i.fixedTarget)
                                   : ScorecardCommand::tr("the member's target");
        const QString rule = i.rule == ScoreRule::Linear
                                 ? ScorecardCommand::tr("linear, cap %1").arg(Scoring::percentText(i.capBp))
                                 : ScorecardCommand::tr("steps %1").arg(Scoring::stepsText(i.steps));
        table << QStringList{i.label(), u"%1%"_s.arg(i.weight), target,
                             i.direction == Direction::HigherBetter ? ScorecardCommand::tr("higher is better")
                                                                    : ScorecardCommand::tr("lower is better"),
                             rule};
    }
    context.printText(u"%1 (%2)"_s.arg(card.name, card.key()));
    context.printTable({ScorecardCommand::tr("Indicator"), ScorecardCommand::tr("Weight"),
                        ScorecardCommand::tr("Target"), ScorecardCommand::tr("Direction"),
                        ScorecardCommand::tr("Rule")},
                       table);
}

// "metric=revenue weight=40 direction=lower rule=steps steps=80:60,100:100 cap=120 target=4.5"
std::optional<Indicator> parseIndicatorSpec(const QString &spec, QString *error)
{
    Indicator i;
    QHash<QString, QString> values;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed();
        if (eq < 1 || !QStringList{u"metric"_s, u"weight"_s, u"direction"_s, u"rule"_s, u"steps"_s, u"cap"_s,
                                   u"target"_s}
                           .contains(key)) {
            *error =
                ScorecardCommand::tr("\"%1\" in \"%2\" is not KEY=VALUE with KEY metric, weight, direction, "
                                     "rule, steps, cap or target.")
                    .arg(part, spec);
            return std::nullopt;
        }
        values.insert(key, part.mid(eq + 1).trimmed());
    }
    const std::optional<Measure> m = Metrics::measureFromKey(values.value(u"metric"_s));
    if (!m) {
        *error = ScorecardCommand::tr("\"%1\": give metric= one of %2.")
                     .arg(spec, Rankings::keys().mid(1).join(u", "_s));
        return std::nullopt;
    }
    i.measure = *m;
    bool ok = true;
    i.weight = values.value(u"weight"_s, u"0"_s).toInt(&ok);
    const std::optional<Direction> d = Scoring::directionFromKey(values.value(u"direction"_s, u"higher"_s));
    const std::optional<ScoreRule> r = Scoring::ruleFromKey(values.value(u"rule"_s, u"linear"_s));
    const std::optional<qint64> cap = Scoring::parsePercent(values.value(u"cap"_s, u"120"_s));
    if (!ok || !d || !r || !cap) {
        *error =
            ScorecardCommand::tr("\"%1\": weight is a whole percent, direction higher or lower, rule linear "
                                 "or steps, cap a percentage.")
                .arg(spec);
        return std::nullopt;
    }
    i.direction = *d;
    i.rule = *r;
    i.capBp = *cap;
    for (const QString &step : values.value(u"steps"_s).split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = step.split(u':');
        bool pointsOk = false;
        const std::optional<qint64> threshold = Scoring::parsePercent(pair.value(0));
        const qint64 points = pair.value(1).toLongLong(&pointsOk);
        if (pair.size() != 2 || !threshold || !pointsOk) {
            *error = ScorecardCommand::tr("\"%1\" is not PERCENT:POINTS (80:60).").arg(step);
            return std::nullopt;
        }
        i.steps << Step{*threshold, points};
    }
    if (values.contains(u"target"_s)) {
        const std::optional<qint64> t = Scoring::parseTarget(i.measure, values.value(u"target"_s));
        if (!t) {
            *error = ScorecardCommand::tr("\"%1\" is not a target for %2.")
                         .arg(values.value(u"target"_s), Metrics::label(i.measure));
            return std::nullopt;
        }
        i.targetSource = TargetSource::Fixed;
        i.fixedTarget = *t;
    }
    return i;
}

} // namespace

int ScorecardCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0, u"list"_s);
    if (!QStringList{u"list"_s, u"show"_s, u"set"_s, u"remove"_s}.contains(sub))
        return context.usageError(tr("Use: frontline-cli scorecard %1").arg(arguments()));
    const QString key = context.value(u"role"_s);
    if (context.isSet(u"role"_s) && !Scorecards::keys().contains(key))
        return context.usageError(
            tr("Unknown role \"%1\": use %2.").arg(key, Scorecards::keys().join(u", "_s)));
    if ((sub == u"set"_s || sub == u"remove"_s) && key.isEmpty())
        return context.usageError(tr("Give the card with --role."));
    if (sub == u"show"_s && key.isEmpty() == !context.isSet(u"member"_s))
        return context.usageError(tr("Give one of --role or --member."));
    QList<Indicator> specs;
    for (const QString &spec : context.parser().values(u"indicator"_s)) {
        QString error;
        const std::optional<Indicator> i = parseIndicatorSpec(spec, &error);
        if (!i)
            return context.usageError(error);
        specs << *i;
    }
    if (!specs.isEmpty() && context.isSet(u"file"_s))
        return context.usageError(tr("Give the indicators with --file or with --indicator, not both."));
    Database db;
    if (!context.openDatabase(db, sub == u"list"_s || sub == u"show"_s))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    Scorecards scorecards(db, *scope);

    if (sub == u"list"_s) {
        QJsonArray cards;
        for (const Scorecard &card : scorecards.all()) {
            if (!key.isEmpty() && card.key() != key)
                continue;
            cards.append(scorecardJson(card));
            if (!context.json())
                printScorecard(context, card);
        }
        if (context.json())
            context.print(QJsonObject{{u"scorecards"_s, cards}}, {});
        return Success;
    }
    if (sub == u"show"_s) {
        std::optional<Scorecard> card;
        if (context.isSet(u"member"_s)) {
            const qint64 memberId = readMember(context, db);
            if (memberId <= 0)
                return Failure;
            if (!scope->canSeeOwner(memberId))
                return context.fail(tr("%1 is outside what you may see.").arg(context.value(u"member"_s)));
            card = scorecards.forMember(memberId);
            if (!card)
                return context.fail(
                    tr("%1 has no scorecard: their role is not evaluated.").arg(context.value(u"member"_s)));
        } else {
            card = scorecards.forKey(key);
            if (!card)
                return context.fail(
                    tr("There is no scorecard for %1; members of it are scored with their role's card.")
                        .arg(key));
        }
        if (context.json())
            context.print(scorecardJson(*card), {});
        else
            printScorecard(context, *card);
        return Success;
    }
    if (sub == u"remove"_s) {
        if (!scorecards.remove(key))
            return context.fail(scorecards.lastError());
        context.print(QJsonObject{{u"removed"_s, key}}, tr("Scorecard for %1 removed.").arg(key));
        return Success;
    }

    // set: the existing card (or a new one for the key), then what the options change.
    Scorecard card = scorecards.forKey(key).value_or(Scorecards::forKeyTemplate(key));
    if (context.isSet(u"file"_s)) {
        QFile file(context.value(u"file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return context.fail(tr("%1 is not JSON: %2").arg(file.fileName(), parseError.errorString()));
        if (json.contains(u"scorecards"_s)) // what list --json prints
            json = json.value(u"scorecards"_s).toArray().at(0).toObject();
        json.insert(u"key"_s, key);
        QString error;
        const std::optional<Scorecard> read = Scorecards::fromJson(json, &error);
        if (!read)
            return context.fail(error);
        card.indicators = read->indicators;
        if (json.contains(u"name"_s))
            card.name = read->name;
    }
    if (!specs.isEmpty())
        card.indicators = specs;
    if (context.isSet(u"name"_s))
        card.name = context.value(u"name"_s);
    const bool dryRun = context.isSet(u"dry-run"_s);
    QStringList problems;
    for (const FieldError &e : Scorecards::validate(card))
        problems << e.message;
    if (problems.isEmpty() && !dryRun) {
        const SaveResult saved = scorecards.save(card);
        if (!saved.ok())
            return context.fail(saved.message());
        card = *scorecards.forKey(key);
    }
    if (!problems.isEmpty()) {
        if (context.json())
            context.print(
                QJsonObject{{u"ok"_s, false}, {u"problems"_s, QJsonArray::fromStringList(problems)}}, {});
        return context.fail(problems.join(u' '));
    }
    QJsonObject out = scorecardJson(card);
    out.insert(u"saved"_s, !dryRun);
    if (context.json()) {
        context.print(out, {});
    } else {
        printScorecard(context, card);
        context.printText(dryRun ? tr("Dry run: the card is valid, nothing written.")
                                 : tr("Scorecard saved."));
    }
    return Success;
}

} // namespace frontline::cli
