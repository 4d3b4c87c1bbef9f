#include "PermissionsPanel.h"

#include "Session.h"
#include "domain/Vocabulary.h"
#include "widgets/StatusLabel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int FirstActionColumn = 2;
constexpr int RoleData = Qt::UserRole + 1;
constexpr int AreaData = Qt::UserRole + 2;
constexpr int ActionData = Qt::UserRole + 3;

QList<Role> editableRoles()
{
    QList<Role> roles = Permissions::roles();
    roles.removeAll(Role::Admin);
    return roles;
}
} // namespace

PermissionsPanel::PermissionsPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = new QTableWidget(0, FirstActionColumn + int(Permissions::actions().size()), this);
    m_table->setObjectName(u"permissionsTable"_s);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // As wide and tall as its cells: check boxes far from their labels are hard to follow.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_status = new StatusLabel(this);
    m_status->setObjectName(u"permissionsStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_table, &QTableWidget::itemChanged, this, &PermissionsPanel::cellChanged);
    retranslateUi();
}

QTableWidgetItem *PermissionsPanel::cell(Role role, PermissionArea area, PermissionAction action) const
{
    const int roleIndex = int(editableRoles().indexOf(role));
    const int areaIndex = int(Permissions::areas().indexOf(area));
    const int actionIndex = int(Permissions::actions().indexOf(action));
    if (roleIndex < 0 || areaIndex < 0 || actionIndex < 0)
        return nullptr;
    return m_table->item(roleIndex * int(Permissions::areas().size()) + areaIndex,
                         FirstActionColumn + actionIndex);
}

void PermissionsPanel::reload()
{
    m_filling = true;
    m_table->setRowCount(0);
    if (!m_session->isOpen()) {
        m_filling = false;
        return;
    }
    const bool mayEdit = m_session->scope().role() == Role::Admin;
    Permissions matrix(*m_session->database());
    const QList<PermissionArea> areas = Permissions::areas();
    const QList<PermissionAction> actions = Permissions::actions();
    for (Role role : editableRoles()) {
        for (PermissionArea area : areas) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            // The role's name on its first row only: the rows below belong to it.
            auto *roleItem = new QTableWidgetItem(
                area == areas.first() ? Vocabulary::label(Vocabulary::Role, roleKey(role)) : QString());
            QFont bold = roleItem->font();
            bold.setWeight(QFont::DemiBold);
            roleItem->setFont(bold);
            m_table->setItem(row, 0, roleItem);
            m_table->setItem(row, 1, new QTableWidgetItem(Permissions::areaTitle(area)));
            for (int i = 0; i < actions.size(); ++i) {
                auto *item = new QTableWidgetItem;
                Qt::ItemFlags flags = Qt::ItemIsEnabled;
                if (mayEdit)
                    flags |= Qt::ItemIsUserCheckable;
                item->setFlags(flags);
                item->setCheckState(matrix.allows(role, area, actions.at(i)) ? Qt::Checked : Qt::Unchecked);
                item->setData(RoleData, int(role));
                item->setData(AreaData, int(area));
                item->setData(ActionData, int(actions.at(i)));
                item->setToolTip(u"%1 · %2 · %3"_s.arg(Vocabulary::label(Vocabulary::Role, roleKey(role)),
                                                       Permissions::areaTitle(area),
                                                       Permissions::actionTitle(actions.at(i))));
                m_table->setItem(row, FirstActionColumn + i, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = FirstActionColumn; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), 88));
    m_filling = false;
}

void PermissionsPanel::cellChanged(QTableWidgetItem *item)
{
    if (m_filling || !m_session->isOpen() || item->column() < FirstActionColumn)
        return;
    const auto role = Role(item->data(RoleData).toInt());
    const auto area = PermissionArea(item->data(AreaData).toInt());
    const auto action = PermissionAction(item->data(ActionData).toInt());
    const bool allowed = item->checkState() == Qt::Checked;
    QString error;
    if (!Permissions(*m_session->database()).set(m_session->scope(), role, area, action, allowed, &error)) {
        m_filling = true;
        item->setCheckState(allowed ? Qt::Unchecked : Qt::Checked);
        m_filling = false;
        m_status->showError(error);
        return;
    }
    m_status->showMessage(
        allowed
            ? tr("%1 may now %2 %3.")
                  .arg(Vocabulary::label(Vocabulary::Role, roleKey(role)),
                       Permissions::actionTitle(action).toLower(), Permissions::areaTitle(area).toLower())
            : tr("%1 may no longer %2 %3.")
                  .arg(Vocabulary::label(Vocabulary::Role, roleKey(role)),
                       Permissions::actionTitle(action).toLower(), Permissions::areaTitle(area).toLower()),
        StatusLabel::Success);
}

void PermissionsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PermissionsPanel::retranslateUi()
{
    m_note->setText(tr("What each role may do in each area. The administrator may do everything, and only an "
                       "administrator changes this table. A rep still reaches only their own customers."));
    QStringList headers{tr("Role"), tr("Area")};
    for (PermissionAction action : Permissions::actions())
        headers << Permissions::actionTitle(action);
    m_table->setHorizontalHeaderLabels(headers);
    reload();
}

} // namespace frontline
