#include "AuditPanel.h"

#include "Session.h"
#include "models/AuditTableModel.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DateEdits.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

AuditPanel::AuditPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new AuditTableModel(this);
    m_fromLabel = new QLabel(this);
    m_from = dates::newFilterEdit(u"auditFrom"_s, QString(), this);
    m_toLabel = new QLabel(this);
    m_to = dates::newFilterEdit(u"auditTo"_s, QString(), this);
    m_user = new QComboBox(this);
    m_user->setObjectName(u"auditUser"_s);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_user->setMinimumContentsLength(8);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditAction"_s);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(8);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"auditText"_s);
    m_text->setClearButtonEnabled(true);
    m_text->addAction(LineIcon::icon(LineIcon::Search), QLineEdit::LeadingPosition);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"auditExportButton"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"auditTable"_s);
    tables::setUp(m_view);
    m_view->setModel(m_model);
    // Details are the longest: they get the room left.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_chain = new StatusLabel(this);
    m_chain->setObjectName(u"auditChain"_s);
    m_status = new StatusLabel(this);
    m_status->setObjectName(u"auditStatus"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addStretch();
    // Two rows, so that the page fits a narrow window.
    auto *search = new QHBoxLayout;
    search->addWidget(m_user);
    search->addWidget(m_action);
    search->addWidget(m_text, 1);
    search->addWidget(m_export);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_chain, 1);
    footer->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(search);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    layout->addWidget(m_status);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPanel::applyFilter);
    connect(m_user, &QComboBox::activated, this, &AuditPanel::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditPanel::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::exportShown);
    retranslateUi();
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter f;
    // Days are local; the log is in UTC. "To" includes its whole day.
    if (const QDate from = dates::filterDate(m_from); from.isValid())
        f.from = from.startOfDay().toUTC();
    if (const QDate to = dates::filterDate(m_to); to.isValid())
        f.to = to.addDays(1).startOfDay().toUTC();
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        f.actions = {action};
    f.userName = m_user->currentData().toString();
    f.text = m_text->text().trimmed();
    f.limit = Limit;
    return f;
}

void AuditPanel::fillChoosers()
{
    QList<QPair<QString, QString>> actions;
    for (const QString &action : AuditLog::actions())
        actions << qMakePair(action, AuditLog::actionTitle(action));
    combos::fillKeys(m_action, tr("All actions"), actions);
    QStringList users;
    if (m_session->isOpen()) {
        for (const UserAccount &a : UserAccounts(*m_session->database()).list())
            users << a.name;
    }
    combos::fillStrings(m_user, tr("All users"), users);
}

void AuditPanel::reload()
{
    fillChoosers();
    applyFilter();
    verifyChain();
}

void AuditPanel::applyFilter()
{
    const bool allowed =
        m_session->isOpen() && m_session->allows(PermissionArea::Users, PermissionAction::View);
    m_export->setEnabled(allowed && m_session->allows(PermissionArea::Users, PermissionAction::Export));
    if (!allowed) {
        m_model->setEntries({});
        m_count->clear();
        return;
    }
    m_model->setEntries(AuditLog(*m_session->database(), m_session->scope()).entries(filter()));
    const int shown = m_model->rowCount();
    m_count->setText(
        shown >= Limit
            ? tr("The newest %1 entries: narrow the filter to see older ones.").arg(QLocale().toString(Limit))
            : tr("%n entry(s)", nullptr, shown));
    tables::fitToContents(m_view, {AuditTableModel::When, AuditTableModel::User, AuditTableModel::Action,
                                   AuditTableModel::Target, AuditTableModel::Rows, AuditTableModel::Outcome});
}

void AuditPanel::verifyChain()
{
    if (!m_session->isOpen() || !m_session->allows(PermissionArea::Users, PermissionAction::View)) {
        m_chain->clearMessage();
        return;
    }
    AuditLog log(*m_session->database(), m_session->scope());
    const qint64 broken = log.verify();
    if (broken == 0)
        m_chain->showMessage(tr("The log is intact: every entry matches the chain of those before it."),
                             StatusLabel::Success);
    else if (broken > 0)
        m_chain->showError(tr("The log was altered outside Frontline: entry %1 does not match the entries "
                              "before it.")
                               .arg(broken));
    else
        m_chain->showError(tr("The log could not be checked: %1").arg(log.lastError()));
}

bool AuditPanel::exportTo(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    QString error;
    // Core decides (and audits a refusal), whatever the button's state said.
    if (!Permissions(*m_session->database())
             .check(m_session->scope(), PermissionArea::Users, PermissionAction::Export, u"audit"_s,
                    &error)) {
        m_status->showError(error);
        return false;
    }
    AuditLog log(*m_session->database(), m_session->scope());
    if (!log.exportEntries(m_model->entries(), path)) {
        m_status->showError(tr("The audit log could not be exported: %1").arg(log.lastError()));
        return false;
    }
    m_status->showMessage(
        tr("%n entry(s) exported to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)),
        StatusLabel::Success);
    applyFilter(); // the export is in the log now
    return true;
}

void AuditPanel::exportShown()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          u"/audit-%1.xlsx"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Audit Log"), start,
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AuditPanel::retranslateUi()
{
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_from->setSpecialValueText(tr("any day"));
    m_to->setSpecialValueText(tr("any day"));
    m_text->setPlaceholderText(tr("Search what, where, detail"));
    m_export->setText(tr("&Export…"));
    m_model->retranslate();
    reload();
}

} // namespace frontline
