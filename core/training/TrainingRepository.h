// Training sessions (topic, title, date, trainer, duration, notes) with their attendance: who is
// on a session's list, whether they came, and their assessment score (0–100).
//
// Who sees what (the access scope): a rep the sessions they are on the list of and only their
// own attendance; a manager the sessions they organised or that someone of their subtree is on
// the list of, and the attendance of their subtree; admins and support everything. Changes need
// the performance/edit permission (managers and admins by default) and reach only members in
// scope; scores are audited (they are an assessment of a person).
#pragma once

#include "repositories/Repository.h"

#include <optional>

namespace frontline {

struct TrainingSession
{
    qint64 id = 0;
    QString uuid;
    QString topic = QStringLiteral("other"); // Vocabulary::TrainingTopic
    QString title;
    QDate heldOn;
    QString trainer;
    int durationMin = 0;
    QString notes;
    qint64 createdBy = 0; // 0: the administrator
    // Read only, over the attendance the scope sees.
    int invited = 0;
    int attended = 0;
    int scored = 0;
    int averageScore = -1; // rounded half up; -1 when nobody has a score
};

struct TrainingAttendance
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 memberId = 0;
    QString memberCode; // read only
    QString memberName; // read only
    bool attended = false;
    std::optional<int> score;
    // The session, for a member's list of trainings (read only).
    QString title;
    QString topic;
    QDate heldOn;
};

struct TrainingFilter
{
    QDate from; // inclusive; invalid: no limit
    QDate to;   // inclusive; invalid: no limit
    QString topic;
    qint64 memberId = 0; // sessions this member is on the list of
};

class TrainingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::TrainingRepository)
public:
    using Repository::Repository;

    static QStringList topics();
    QList<FieldError> validate(const TrainingSession &session) const;

    SaveResult create(TrainingSession session);
    SaveResult update(const TrainingSession &session);
    // Tombstones the session and its attendance (undo: restore()).
    bool remove(qint64 id);
    bool restore(qint64 id);

    // Newest first.
    QList<TrainingSession> list(const TrainingFilter &filter = {});
    std::optional<TrainingSession> session(qint64 id);
    // The session's list in member code order, as far as the scope sees.
    QList<TrainingAttendance> attendance(qint64 sessionId);
    // A member's trainings, newest first (empty when the member is out of scope).
    QList<TrainingAttendance> forMember(qint64 memberId);

    // Puts the member on the session's list (when not yet) and records whether they came.
    bool setAttended(qint64 sessionId, qint64 memberId, bool attended);
    // Records the assessment score (nullopt clears it); a score means the member came. Audited.
    bool setScore(qint64 sessionId, qint64 memberId, std::optional<int> score);
    // Takes the member off the session's list.
    bool removeAttendee(qint64 sessionId, qint64 memberId);

private:
    bool mayEdit(const QString &what);
    QString visibleCondition(const QString &alias) const;
    bool isVisible(qint64 sessionId);
    // The live attendance row of the member on the session, 0 when none.
    qint64 attendanceId(qint64 sessionId, qint64 memberId);
    QList<TrainingAttendance> readAttendance(const QString &where, const QVariantList &binds);
};

} // namespace frontline
