#include "TrainingCommands.h"

#include "Context.h"
#include "domain/Vocabulary.h"
#include "repositories/OrgRepository.h"
#include "training/DevelopmentPlans.h"
#include "training/TrainingRepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

void addTrainingCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<TrainingCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
}

namespace {

QCommandLineOption option(const QString &name, const QString &description, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, description)
                           : QCommandLineOption(name, description, value);
}

// A date option; true when absent or valid (the usage error is printed otherwise).
bool readDate(Context &context, const QString &name, QDate *out)
{
    if (!context.isSet(name))
        return true;
    *out = Context::parseDate(context.value(name));
    if (out->isValid())
        return true;
    context.usageError(
        TrainingCommand::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).")
            .arg(name, context.value(name)));
    return false;
}

// A positional id after the subcommand; 0 (usage error printed) when missing or not a number.
qint64 readId(Context &context, const QString &usage)
{
    bool ok = false;
    const qint64 id = context.arguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usageError(usage);
        return 0;
    }
    return id;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject sessionJson(const TrainingSession &s)
{
    return QJsonObject{{u"id"_s, s.id},
                       {u"uuid"_s, s.uuid},
                       {u"topic"_s, s.topic},
                       {u"topic_label"_s, Vocabulary::label(Vocabulary::TrainingTopic, s.topic)},
                       {u"title"_s, s.title},
                       {u"date"_s, s.heldOn.toString(Qt::ISODate)},
                       {u"trainer"_s, s.trainer},
                       {u"duration_min"_s, s.durationMin},
                       {u"notes"_s, s.notes},
                       {u"invited"_s, s.invited},
                       {u"attended"_s, s.attended},
                       {u"scored"_s, s.scored},
                       {u"average_score"_s, s.averageScore < 0 ? QJsonValue() : QJsonValue(s.averageScore)}};
}

QJsonObject attendanceJson(const TrainingAttendance &a)
{
    return QJsonObject{
        {u"session"_s, a.sessionId}, {u"title"_s, a.title},
        {u"topic"_s, a.topic},       {u"date"_s, a.heldOn.toString(Qt::ISODate)},
        {u"member"_s, a.memberCode}, {u"name"_s, a.memberName},
        {u"attended"_s, a.attended}, {u"score"_s, a.score ? QJsonValue(*a.score) : QJsonValue()}};
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QString::number(*score) : u"-"_s;
}

QString planText(const DevelopmentPlan &p, const QDate &today)
{
    QStringList path;
    for (const QString &step : DevelopmentPlans::careerPath(p.currentPosition, p.targetPosition))
        path << Vocabulary::label(Vocabulary::CareerPosition, step);
    QString text = PlanCommand::tr("%1 %2 · %3 · %4")
                       .arg(p.memberCode, p.memberName, path.join(u" → "_s),
                            Vocabulary::label(Vocabulary::PlanStatus, p.status)) +
                   u'\n';
    if (!p.notes.isEmpty())
        text += p.notes + u'\n';
    text += PlanCommand::tr("Goals:") + u'\n';
    for (const PlanGoal &g : p.goals)
        text += u"  [%1] #%2 %3\n"_s.arg(g.achieved ? u"x"_s : u" "_s).arg(g.id).arg(g.text);
    text += PlanCommand::tr("Skills:") + u'\n';
    for (const PlanSkill &s : p.skills)
        text += u"  #%1 %2 %3/5 → %4/5\n"_s.arg(s.id).arg(s.name).arg(s.currentLevel).arg(s.targetLevel);
    text += PlanCommand::tr("Milestones:") + u'\n';
    for (const PlanMilestone &m : p.milestones)
        text += u"  #%1 %2 %3 (%4)%5\n"_s.arg(m.id).arg(
            m.dueDate.toString(Qt::ISODate), m.title,
            Vocabulary::label(Vocabulary::MilestoneStatus, m.status),
            m.isOverdue(today) ? PlanCommand::tr(" overdue") : QString());
    text += PlanCommand::tr("Reviews:") + u'\n';
    for (const PlanReview &r : p.reviews)
        text += u"  %1 %2 %3: %4\n"_s.arg(
            r.reviewedOn.toString(Qt::ISODate), r.period,
            r.reviewerName.isEmpty() ? PlanCommand::tr("administrator") : r.reviewerName, r.comment);
    return text.chopped(1);
}

} // namespace

QJsonObject planJson(const DevelopmentPlan &p, const QDate &today)
{
    QJsonArray path, goals, skills, milestones, reviews;
    for (const QString &step : DevelopmentPlans::careerPath(p.currentPosition, p.targetPosition))
        path.append(step);
    for (const PlanGoal &g : p.goals)
        goals.append(QJsonObject{{u"id"_s, g.id}, {u"text"_s, g.text}, {u"achieved"_s, g.achieved}});
    for (const PlanSkill &s : p.skills)
        skills.append(QJsonObject{{u"id"_s, s.id},
                                  {u"name"_s, s.name},
                                  {u"level"_s, s.currentLevel},
                                  {u"target_level"_s, s.targetLevel}});
    for (const PlanMilestone &m : p.milestones)
        milestones.append(QJsonObject{{u"id"_s, m.id},
                                      {u"title"_s, m.title},
                                      {u"due"_s, m.dueDate.toString(Qt::ISODate)},
                                      {u"status"_s, m.status},
                                      {u"overdue"_s, m.isOverdue(today)}});
    for (const PlanReview &r : p.reviews)
        reviews.append(QJsonObject{
            {u"id"_s, r.id},
            {u"period"_s, r.period},
            {u"comment"_s, r.comment},
            {u"date"_s, r.reviewedOn.toString(Qt::ISODate)},
            {u"reviewer"_s, orNull(r.reviewerName)},
            {u"evaluation_version"_s, r.evaluationVersion ? QJsonValue(r.evaluationVersion) : QJsonValue()}});
    return QJsonObject{{u"id"_s, p.id},
                       {u"member"_s, p.memberCode},
                       {u"name"_s, p.memberName},
                       {u"current_position"_s, p.currentPosition},
                       {u"target_position"_s, p.targetPosition},
                       {u"career_path"_s, path},
                       {u"status"_s, p.status},
                       {u"notes"_s, p.notes},
                       {u"milestones_done"_s, p.milestonesDone()},
                       {u"goals"_s, goals},
                       {u"skills"_s, skills},
                       {u"milestones"_s, milestones},
                       {u"reviews"_s, reviews}};
}

// --- training ---------------------------------------------------------------------------------

QList<QCommandLineOption> TrainingCommand::options() const
{
    return {
        option(u"title"_s, tr("The session's title (add, edit)."), u"TITLE"_s),
        option(
            u"topic"_s,
            tr("product_knowledge, sales_skills, customer_communication or other (add, edit; list: filter)."),
            u"TOPIC"_s),
        option(u"date"_s, tr("The day it is held (add, edit)."), u"DATE"_s),
        option(u"trainer"_s, tr("Who gives it (add, edit)."), u"NAME"_s),
        option(u"duration"_s, tr("Minutes (add, edit)."), u"MIN"_s),
        option(u"notes"_s, tr("Notes."), u"TEXT"_s),
        option(u"member"_s, tr("The member's code (attend, score; list: their trainings)."), u"CODE"_s),
        option(u"absent"_s, tr("attend: on the list, but did not come.")),
        option(u"score"_s, tr("score: 0 to 100, or none to clear it."), u"SCORE"_s),
        option(u"from"_s, tr("list: sessions on or after this day."), u"DATE"_s),
        option(u"to"_s, tr("list: sessions on or before this day."), u"DATE"_s),
    };
}

int TrainingCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0);
    const QStringList subs{u"list"_s, u"show"_s, u"add"_s, u"edit"_s, u"attend"_s, u"score"_s, u"remove"_s};
    if (!subs.contains(sub))
        return context.usageError(tr("Use: frontline-cli training %1").arg(arguments()));
    Database db;
    if (!context.openDatabase(db, sub == u"list"_s || sub == u"show"_s))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    if (!context.permitted(db, *scope, PermissionArea::Performance, PermissionAction::View, u"training"_s))
        return Failure;
    TrainingRepository repo(db, *scope);
    qint64 member = 0;
    if (context.isSet(u"member"_s) && !(member = context.memberId(db, context.value(u"member"_s))))
        return Failure;

    if (sub == u"list"_s) {
        if (member) {
            // One member's trainings, with their attendance and score.
            QJsonArray json;
            QList<QStringList> rows;
            for (const TrainingAttendance &a : repo.forMember(member)) {
                json.append(attendanceJson(a));
                rows << QStringList{QString::number(a.sessionId),
                                    a.heldOn.toString(Qt::ISODate),
                                    Vocabulary::label(Vocabulary::TrainingTopic, a.topic),
                                    a.title,
                                    a.attended ? tr("yes") : tr("no"),
                                    scoreText(a.score)};
            }
            if (context.json())
                context.print(json, {});
            else
                context.printTable(
                    {tr("Id"), tr("Date"), tr("Topic"), tr("Title"), tr("Attended"), tr("Score")}, rows);
            return Success;
        }
        TrainingFilter f;
        f.topic = context.value(u"topic"_s);
        if (!readDate(context, u"from"_s, &f.from) || !readDate(context, u"to"_s, &f.to))
            return UsageError;
        QJsonArray json;
        QList<QStringList> rows;
        for (const TrainingSession &s : repo.list(f)) {
            json.append(sessionJson(s));
            rows << QStringList{QString::number(s.id),
                                s.heldOn.toString(Qt::ISODate),
                                Vocabulary::label(Vocabulary::TrainingTopic, s.topic),
                                s.title,
                                s.trainer,
                                u"%1/%2"_s.arg(s.attended).arg(s.invited),
                                s.averageScore < 0 ? u"-"_s : QString::number(s.averageScore)};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable(
                {tr("Id"), tr("Date"), tr("Topic"), tr("Title"), tr("Trainer"), tr("Came"), tr("Average")},
                rows);
        return Success;
    }

    if (sub == u"add"_s || sub == u"edit"_s) {
        TrainingSession s;
        if (sub == u"edit"_s) {
            const qint64 id = readId(context, tr("Use: frontline-cli training edit ID [--title …]"));
            if (!id)
                return UsageError;
            const std::optional<TrainingSession> current = repo.session(id);
            if (!current)
                return context.fail(tr("There is no training session %1 that you can see.").arg(id));
            s = *current;
        } else {
            s.heldOn = QDate::currentDate();
        }
        if (context.isSet(u"title"_s))
            s.title = context.value(u"title"_s);
        if (context.isSet(u"topic"_s))
            s.topic = context.value(u"topic"_s);
        if (context.isSet(u"trainer"_s))
            s.trainer = context.value(u"trainer"_s);
        if (context.isSet(u"notes"_s))
            s.notes = context.value(u"notes"_s);
        if (context.isSet(u"duration"_s)) {
            bool ok = false;
            s.durationMin = context.value(u"duration"_s).toInt(&ok);
            if (!ok)
                return context.usageError(
                    tr("--duration: \"%1\" is not a number of minutes.").arg(context.value(u"duration"_s)));
        }
        if (!readDate(context, u"date"_s, &s.heldOn))
            return UsageError;
        const SaveResult r = sub == u"add"_s ? repo.create(s) : repo.update(s);
        if (!r.ok())
            return context.fail(r.message());
        const TrainingSession saved = repo.session(r.id).value_or(s);
        context.print(sessionJson(saved),
                      sub == u"add"_s ? tr("Added training session %1: %2.").arg(r.id).arg(saved.title)
                                      : tr("Changed training session %1.").arg(r.id));
        return Success;
    }

    const qint64 id = readId(context, tr("Use: frontline-cli training %1 ID").arg(sub));
    if (!id)
        return UsageError;
    if (sub == u"show"_s) {
        const std::optional<TrainingSession> s = repo.session(id);
        if (!s)
            return context.fail(tr("There is no training session %1 that you can see.").arg(id));
        QJsonObject json = sessionJson(*s);
        QJsonArray list;
        QString text =
            tr("%1 · %2 · %3 · %4 · %Ln minute(s)", nullptr, s->durationMin)
                .arg(s->heldOn.toString(Qt::ISODate), Vocabulary::label(Vocabulary::TrainingTopic, s->topic),
                     s->title, s->trainer.isEmpty() ? tr("no trainer") : s->trainer);
        if (!s->notes.isEmpty())
            text += u'\n' + s->notes;
        for (const TrainingAttendance &a : repo.attendance(id)) {
            list.append(attendanceJson(a));
            text += u"\n  %1 %2  %3  %4"_s.arg(a.memberCode, a.memberName,
                                               a.attended ? tr("came") : tr("absent"), scoreText(a.score));
        }
        json.insert(u"attendance"_s, list);
        context.print(json, text);
        return Success;
    }
    if (sub == u"remove"_s) {
        if (!repo.remove(id))
            return context.fail(repo.lastError().isEmpty()
                                    ? tr("There is no training session %1 that you can change.").arg(id)
                                    : repo.lastError());
        context.print(QJsonObject{{u"id"_s, id}, {u"removed"_s, true}},
                      tr("Removed training session %1.").arg(id));
        return Success;
    }
    if (!member)
        return context.usageError(tr("Give the member with --member CODE."));
    if (sub == u"attend"_s) {
        const bool attended = !context.isSet(u"absent"_s);
        if (!repo.setAttended(id, member, attended))
            return context.fail(repo.lastError());
        context.print(QJsonObject{{u"session"_s, id},
                                  {u"member"_s, context.value(u"member"_s)},
                                  {u"attended"_s, attended}},
                      attended ? tr("%1 came to session %2.").arg(context.value(u"member"_s)).arg(id)
                               : tr("%1 is on the list of session %2 but did not come.")
                                     .arg(context.value(u"member"_s))
                                     .arg(id));
        return Success;
    }
    // score
    if (!context.isSet(u"score"_s))
        return context.usageError(tr("Give the score with --score (0 to 100, or none)."));
    std::optional<int> score;
    if (context.value(u"score"_s) != u"none"_s) {
        bool ok = false;
        score = context.value(u"score"_s).toInt(&ok);
        if (!ok || *score < 0 || *score > 100)
            return context.usageError(
                tr("--score: \"%1\" is not a score from 0 to 100.").arg(context.value(u"score"_s)));
    }
    if (!repo.setScore(id, member, score))
        return context.fail(repo.lastError());
    context.print(
        QJsonObject{{u"session"_s, id},
                    {u"member"_s, context.value(u"member"_s)},
                    {u"score"_s, score ? QJsonValue(*score) : QJsonValue()}},
        tr("Score of %1 in session %2: %3.").arg(context.value(u"member"_s)).arg(id).arg(scoreText(score)));
    return Success;
}

// --- plan -------------------------------------------------------------------------------------

QList<QCommandLineOption> PlanCommand::options() const
{
    return {
        option(u"member"_s, tr("The member's code."), u"CODE"_s),
        option(u"current"_s, tr("set: the current position (rep, senior_rep, team_lead, manager)."),
               u"POSITION"_s),
        option(u"target"_s, tr("set: the position the plan leads to."), u"POSITION"_s),
        option(
            u"status"_s,
            tr("set: draft, active, on_hold or completed; milestone: planned, in_progress, done or missed."),
            u"STATUS"_s),
        option(u"notes"_s, tr("Notes."), u"TEXT"_s),
        option(u"text"_s, tr("goal: what is to be achieved."), u"TEXT"_s),
        option(u"name"_s, tr("skill: the skill's name."), u"NAME"_s),
        option(u"level"_s, tr("skill: the current level, 1 to 5."), u"N"_s),
        option(u"target-level"_s, tr("skill: the level aimed at, 1 to 5."), u"N"_s),
        option(u"title"_s, tr("milestone: what marks it."), u"TITLE"_s),
        option(u"due"_s, tr("milestone: the due date."), u"DATE"_s),
        option(u"period"_s, tr("review: the evaluation period, e.g. 2025-Q1 or 2025-03."), u"PERIOD"_s),
        option(u"comment"_s, tr("review: the reviewer's comment."), u"TEXT"_s),
        option(u"date"_s, tr("review: the day of the review (default today)."), u"DATE"_s),
        option(u"undo"_s, tr("achieve: mark the goal as not achieved.")),
    };
}

int PlanCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0);
    const QStringList subs{u"list"_s,  u"show"_s,      u"set"_s,    u"goal"_s,  u"achieve"_s,
                           u"skill"_s, u"milestone"_s, u"review"_s, u"remove"_s};
    if (!subs.contains(sub))
        return context.usageError(tr("Use: frontline-cli plan %1").arg(arguments()));
    Database db;
    if (!context.openDatabase(db, sub == u"list"_s || sub == u"show"_s))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    if (!context.permitted(db, *scope, PermissionArea::Performance, PermissionAction::View, u"plan"_s))
        return Failure;
    DevelopmentPlans plans(db, *scope);
    const QDate today = QDate::currentDate();
    qint64 member = 0;
    if (context.isSet(u"member"_s) && !(member = context.memberId(db, context.value(u"member"_s))))
        return Failure;
    // Without --member: the plan of whoever runs the command.
    if (!member)
        member = scope->memberId();

    if (sub == u"list"_s) {
        QJsonArray json;
        QList<QStringList> rows;
        for (const DevelopmentPlan &p : plans.list()) {
            json.append(planJson(p, today));
            rows << QStringList{p.memberCode,
                                p.memberName,
                                Vocabulary::label(Vocabulary::CareerPosition, p.currentPosition),
                                Vocabulary::label(Vocabulary::CareerPosition, p.targetPosition),
                                Vocabulary::label(Vocabulary::PlanStatus, p.status),
                                u"%1/%2"_s.arg(p.milestonesDone()).arg(p.milestones.size())};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Code"), tr("Name"), tr("Now"), tr("Aim"), tr("Status"), tr("Milestones")},
                               rows);
        return Success;
    }

    const auto showPlan = [&](const QString &done) {
        const std::optional<DevelopmentPlan> p = plans.plan(member);
        if (!p)
            return context.fail(
                tr("There is no development plan of %1 that you can see.").arg(context.value(u"member"_s)));
        context.print(planJson(*p, today), done.isEmpty() ? planText(*p, today) : done);
        return int(Success);
    };
    const auto saved = [&](const SaveResult &r, const QString &done) {
        if (!r.ok())
            return context.fail(r.message());
        return showPlan(done);
    };
    const auto changed = [&](bool ok, const QString &done) {
        if (!ok)
            return context.fail(plans.lastError().isEmpty() ? tr("Nothing was changed.") : plans.lastError());
        return showPlan(done);
    };
    const auto requireMember = [&] {
        if (member)
            return true;
        context.usageError(tr("Give the member with --member CODE."));
        return false;
    };

    if (sub == u"show"_s)
        return requireMember() ? showPlan({}) : int(UsageError);
    if (sub == u"set"_s) {
        if (!requireMember())
            return UsageError;
        DevelopmentPlan p = plans.plan(member).value_or(DevelopmentPlan{});
        p.memberId = member;
        if (context.isSet(u"current"_s))
            p.currentPosition = context.value(u"current"_s);
        if (context.isSet(u"target"_s))
            p.targetPosition = context.value(u"target"_s);
        if (context.isSet(u"status"_s))
            p.status = context.value(u"status"_s);
        if (context.isSet(u"notes"_s))
            p.notes = context.value(u"notes"_s);
        return saved(plans.setPlan(p), tr("Development plan saved."));
    }
    if (sub == u"goal"_s) {
        if (!requireMember())
            return UsageError;
        return saved(plans.addGoal(member, context.value(u"text"_s)), tr("Goal added."));
    }
    if (sub == u"skill"_s) {
        if (!requireMember())
            return UsageError;
        bool ok1 = true, ok2 = true;
        const int level = context.isSet(u"level"_s) ? context.value(u"level"_s).toInt(&ok1) : 1;
        const int target =
            context.isSet(u"target-level"_s) ? context.value(u"target-level"_s).toInt(&ok2) : 3;
        if (!ok1 || !ok2)
            return context.usageError(tr("A level is a number from 1 to 5."));
        return saved(plans.setSkill(member, context.value(u"name"_s), level, target), tr("Skill saved."));
    }
    if (sub == u"milestone"_s) {
        if (context.arguments().size() > 1) {
            const qint64 id = readId(context, tr("Use: frontline-cli plan milestone ID --status STATUS"));
            if (!id)
                return UsageError;
            if (!context.isSet(u"status"_s))
                return context.usageError(tr("Give the new status with --status."));
            const bool ok = plans.setMilestoneStatus(id, context.value(u"status"_s));
            if (ok && !context.isSet(u"member"_s)) {
                // Show the plan the milestone belongs to.
                for (const DevelopmentPlan &p : plans.list()) {
                    for (const PlanMilestone &m : p.milestones) {
                        if (m.id == id)
                            member = p.memberId;
                    }
                }
            }
            return changed(
                ok, tr("Milestone %1 is now %2.")
                        .arg(id)
                        .arg(Vocabulary::label(Vocabulary::MilestoneStatus, context.value(u"status"_s))));
        }
        if (!requireMember())
            return UsageError;
        QDate due;
        if (!readDate(context, u"due"_s, &due))
            return UsageError;
        return saved(
            plans.addMilestone(member, context.value(u"title"_s), due,
                               context.isSet(u"status"_s) ? context.value(u"status"_s) : u"planned"_s),
            tr("Milestone added."));
    }
    if (sub == u"review"_s) {
        if (!context.isSet(u"member"_s))
            return context.usageError(tr("Give the member with --member CODE."));
        QDate day = today;
        if (!readDate(context, u"date"_s, &day))
            return UsageError;
        return saved(plans.addReview(member, context.value(u"period"_s), context.value(u"comment"_s), day),
                     tr("Review recorded."));
    }
    if (sub == u"achieve"_s) {
        const qint64 id = readId(context, tr("Use: frontline-cli plan achieve GOAL_ID [--undo]"));
        if (!id)
            return UsageError;
        if (!plans.setGoalAchieved(id, !context.isSet(u"undo"_s)))
            return context.fail(plans.lastError());
        context.print(QJsonObject{{u"goal"_s, id}, {u"achieved"_s, !context.isSet(u"undo"_s)}},
                      tr("Goal %1 updated.").arg(id));
        return Success;
    }
    // remove goal|skill|milestone ID
    const QString kind = context.arguments().value(1);
    const QHash<QString, QString> tables{
        {u"goal"_s, u"plan_goal"_s}, {u"skill"_s, u"plan_skill"_s}, {u"milestone"_s, u"plan_milestone"_s}};
    bool ok = false;
    const qint64 id = context.arguments().value(2).toLongLong(&ok);
    if (!tables.contains(kind) || !ok)
        return context.usageError(tr("Use: frontline-cli plan remove goal|skill|milestone ID"));
    if (!plans.removeItem(tables.value(kind), id))
        return context.fail(plans.lastError());
    context.print(QJsonObject{{kind, id}, {u"removed"_s, true}}, tr("Removed %1 %2.").arg(kind).arg(id));
    return Success;
}

} // namespace frontline::cli
