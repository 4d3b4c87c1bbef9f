#include "TrainingPanel.h"

#include "Session.h"
#include "dialogs/TrainingSessionDialog.h"
#include "domain/Vocabulary.h"
#include "training/TrainingRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
enum Roles
{
    IdRole = Qt::UserRole + 1,
};
enum AttendanceColumns
{
    MemberColumn,
    CameColumn,
    ScoreColumn,
};

QTreeWidget *newTable(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setColumnCount(columns);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

TrainingPanel::TrainingPanel(Session *session, QWidget *parent) : TeamPanel(session, parent)
{
    setObjectName(u"trainingPanel"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"trainingSummary"_s);
    m_summary->setWordWrap(true);
    m_sessions = newTable(u"trainingSessions"_s, 6, this);
    m_sessions->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_listHeading = new QLabel(this);
    QFont f = m_listHeading->font();
    f.setWeight(QFont::DemiBold);
    m_listHeading->setFont(f);
    m_attendance = newTable(u"trainingAttendance"_s, 3, this);
    m_attendance->header()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_attendance->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newSessionButton"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editSessionButton"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addToSessionButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_listHeading, 1);
    listBar->addWidget(m_add);
    lowerLayout->addLayout(listBar);
    lowerLayout->addWidget(m_attendance, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sessions);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    retranslateUi();
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, &TrainingPanel::showAttendance);
    connect(m_sessions, &QTreeWidget::itemActivated, this, &TrainingPanel::editSession);
    connect(m_attendance, &QTreeWidget::itemChanged, this, &TrainingPanel::attendanceEdited);
    connect(m_new, &QPushButton::clicked, this, &TrainingPanel::newSession);
    connect(m_edit, &QPushButton::clicked, this, &TrainingPanel::editSession);
    connect(m_add, &QPushButton::clicked, this, &TrainingPanel::addSubjectToSession);
}

void TrainingPanel::retranslateUi()
{
    m_sessions->setHeaderLabels(
        {tr("Date"), tr("Topic"), tr("Session"), tr("Trainer"), tr("Came"), tr("Average score")});
    m_attendance->setHeaderLabels({tr("Member"), tr("Came"), tr("Score")});
    m_new->setText(tr("New session…"));
    m_edit->setText(tr("Edit…"));
}

QString TrainingPanel::summary() const
{
    return m_summary->text();
}

qint64 TrainingPanel::currentSession() const
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void TrainingPanel::selectSession(qint64 sessionId)
{
    for (int i = 0; i < m_sessions->topLevelItemCount(); ++i) {
        if (m_sessions->topLevelItem(i)->data(0, IdRole).toLongLong() == sessionId)
            m_sessions->setCurrentItem(m_sessions->topLevelItem(i));
    }
}

void TrainingPanel::load()
{
    const qint64 selected = currentSession();
    m_sessions->clear();
    const TeamSubject &s = subject();
    const bool editable = canEdit();
    m_new->setEnabled(editable);
    m_edit->setEnabled(editable);
    m_new->setVisible(editable);
    m_edit->setVisible(editable);
    TrainingRepository repo = session()->repository<TrainingRepository>();
    TrainingFilter filter;
    filter.memberId = s.memberId;
    const QList<TrainingSession> list = repo.list(filter);
    const QLocale locale;
    // A member's tab shows their own attendance and score; a team's the sessions' figures.
    QHash<qint64, TrainingAttendance> own;
    if (s.isMember()) {
        for (const TrainingAttendance &a : repo.forMember(s.memberId))
            own.insert(a.sessionId, a);
    }
    m_sessions->setHeaderLabels({tr("Date"), tr("Topic"), tr("Session"), tr("Trainer"), tr("Came"),
                                 s.isMember() ? tr("Score") : tr("Average score")});
    for (const TrainingSession &t : list) {
        auto *item = new QTreeWidgetItem(m_sessions);
        item->setText(0, t.heldOn.toString(Qt::ISODate));
        item->setText(1, Vocabulary::label(Vocabulary::TrainingTopic, t.topic));
        item->setText(2, t.title);
        item->setText(3, t.trainer);
        if (s.isMember()) {
            const TrainingAttendance a = own.value(t.id);
            item->setText(4, a.attended ? tr("yes") : tr("no"));
            item->setText(5, a.score ? locale.toString(*a.score) : QString());
        } else {
            item->setText(4, tr("%1 of %2").arg(locale.toString(t.attended), locale.toString(t.invited)));
            item->setText(5, t.averageScore < 0 ? QString() : locale.toString(t.averageScore));
        }
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, IdRole, t.id);
        if (!t.notes.isEmpty())
            item->setToolTip(2, t.notes);
    }
    if (s.isMember()) {
        int came = 0, scored = 0, sum = 0;
        for (const TrainingAttendance &a : std::as_const(own)) {
            came += a.attended ? 1 : 0;
            if (a.score) {
                ++scored;
                sum += *a.score;
            }
        }
        m_summary->setText(
            tr("%1: on the list of %Ln session(s), came to %2", nullptr, int(list.size()))
                .arg(s.name, locale.toString(came)) +
            (scored ? tr(", average score %1").arg(locale.toString((2 * sum + scored) / (2 * scored)))
                    : QString()));
    } else {
        m_summary->setText(tr("%Ln training session(s) you can see", nullptr, int(list.size())));
    }
    selectSession(selected);
    if (!m_sessions->currentItem() && m_sessions->topLevelItemCount() > 0)
        m_sessions->setCurrentItem(m_sessions->topLevelItem(0));
    showAttendance();
}

void TrainingPanel::showAttendance()
{
    m_filling = true;
    m_attendance->clear();
    const qint64 id = currentSession();
    const bool editable = canEdit();
    const TeamSubject &s = subject();
    const QList<TrainingAttendance> list =
        id ? session()->repository<TrainingRepository>().attendance(id) : QList<TrainingAttendance>();
    // Offered while someone of the subject is not on the list yet.
    const bool someoneMissing = std::any_of(s.members.cbegin(), s.members.cend(), [&](const Member &m) {
        return std::none_of(list.cbegin(), list.cend(),
                            [&](const TrainingAttendance &a) { return a.memberId == m.id; });
    });
    m_add->setVisible(editable && id && !s.isEmpty() && someoneMissing);
    m_add->setText(s.isMember() ? tr("Put %1 on the list").arg(s.name) : tr("Put the team on the list"));
    if (!id) {
        m_listHeading->setText(tr("Choose a session to see who came."));
        m_filling = false;
        return;
    }
    const QTreeWidgetItem *current = m_sessions->currentItem();
    m_listHeading->setText(tr("Attendance and scores: %1").arg(current->text(2)));
    for (const TrainingAttendance &a : list) {
        auto *item = new QTreeWidgetItem(m_attendance);
        item->setText(MemberColumn, u"%1 · %2"_s.arg(a.memberName, a.memberCode));
        item->setData(MemberColumn, IdRole, a.memberId);
        item->setCheckState(CameColumn, a.attended ? Qt::Checked : Qt::Unchecked);
        item->setText(ScoreColumn, a.score ? QString::number(*a.score) : QString());
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (editable)
            flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
        item->setFlags(flags);
        if (s.isMember() && a.memberId == s.memberId) {
            QFont f = item->font(MemberColumn);
            f.setWeight(QFont::DemiBold);
            item->setFont(MemberColumn, f);
        }
    }
    m_filling = false;
}

void TrainingPanel::attendanceEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const qint64 sessionId = currentSession();
    const qint64 memberId = item->data(MemberColumn, IdRole).toLongLong();
    const bool came = item->checkState(CameColumn) == Qt::Checked;
    const QString text = item->text(ScoreColumn).trimmed();
    // The list is rebuilt after the change: not while the view is still telling of the edit.
    QMetaObject::invokeMethod(
        this,
        [this, sessionId, memberId, came, text, column] {
            recordAttendance(sessionId, memberId, came, text, column);
        },
        Qt::QueuedConnection);
}

void TrainingPanel::recordAttendance(qint64 sessionId, qint64 memberId, bool came, const QString &text,
                                     int column)
{
    TrainingRepository repo = session()->repository<TrainingRepository>();
    bool ok = true;
    if (column == CameColumn) {
        ok = repo.setAttended(sessionId, memberId, came);
        if (!ok)
            showProblem(repo.lastError());
    } else if (column == ScoreColumn) {
        bool number = true;
        const int score = text.toInt(&number);
        if (!text.isEmpty() && (!number || score < 0 || score > 100)) {
            showProblem(tr("A score is a whole number from 0 to 100."));
            ok = false;
        } else {
            ok =
                repo.setScore(sessionId, memberId, text.isEmpty() ? std::nullopt : std::optional<int>(score));
            if (!ok)
                showProblem(repo.lastError());
        }
    } else {
        return;
    }
    if (ok)
        session()->notifyChanged(Session::Organisation);
    loadNow();
}

bool TrainingPanel::addSubjectToSession()
{
    const qint64 id = currentSession();
    if (!id)
        return false;
    TrainingRepository repo = session()->repository<TrainingRepository>();
    const QList<TrainingAttendance> already = repo.attendance(id);
    bool ok = true;
    for (const Member &m : subject().members) {
        const bool listed = std::any_of(already.cbegin(), already.cend(),
                                        [&](const TrainingAttendance &a) { return a.memberId == m.id; });
        if (!listed && session()->scope().canSeeOwner(m.id) && !repo.setAttended(id, m.id, false)) {
            showProblem(repo.lastError());
            ok = false;
            break;
        }
    }
    session()->notifyChanged(Session::Organisation);
    reload();
    return ok;
}

void TrainingPanel::newSession()
{
    TrainingSessionDialog dialog(session(), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A member's tab lists the sessions they are on: a session made there is for them.
    if (subject().isMember())
        session()->repository<TrainingRepository>().setAttended(dialog.savedId(), subject().memberId, false);
    loadNow();
    selectSession(dialog.savedId());
}

void TrainingPanel::editSession()
{
    const qint64 id = currentSession();
    if (!id || !canEdit())
        return;
    const std::optional<TrainingSession> s = session()->repository<TrainingRepository>().session(id);
    if (!s)
        return;
    TrainingSessionDialog dialog(session(), *s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace frontline
