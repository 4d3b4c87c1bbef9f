#include "PrivacyNoticePanel.h"

#include "Session.h"
#include "privacy/Privacy.h"
#include "widgets/StatusLabel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

PrivacyNoticePanel::PrivacyNoticePanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"noticeEdit"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveNoticeButton"_s);
    m_revert = new QPushButton(this);
    m_default = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"noticePdfButton"_s);
    m_status = new StatusLabel(this);
    m_status->setObjectName(u"noticeStatus"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_default);
    buttons->addStretch();
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &PrivacyNoticePanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &PrivacyNoticePanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { m_edit->setPlainText(m_saved); });
    connect(m_default, &QPushButton::clicked, this,
            [this] { m_edit->setPlainText(Privacy::defaultNotice()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString start =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/privacy-notice.pdf"_s;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Privacy Notice as PDF"), start,
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            saveAsPdf(path);
    });
    retranslateUi();
}

void PrivacyNoticePanel::reload()
{
    m_saved = m_session->isOpen() ? Privacy(*m_session->database(), m_session->scope()).notice() : QString();
    m_edit->setPlainText(m_saved);
    m_status->clearMessage();
    updateButtons();
}

void PrivacyNoticePanel::updateButtons()
{
    const bool mayEdit =
        m_session->isOpen() && m_session->allows(PermissionArea::Settings, PermissionAction::Edit);
    const bool changed = m_edit->toPlainText() != m_saved;
    m_edit->setReadOnly(!mayEdit);
    m_save->setEnabled(mayEdit && changed);
    m_revert->setEnabled(changed);
    m_default->setEnabled(mayEdit);
    m_pdf->setEnabled(m_session->isOpen());
}

bool PrivacyNoticePanel::save()
{
    if (!m_session->isOpen())
        return false;
    QString error;
    if (!Privacy(*m_session->database(), m_session->scope()).setNotice(m_edit->toPlainText(), &error)) {
        m_status->showError(error);
        return false;
    }
    m_saved = m_edit->toPlainText();
    m_status->showMessage(tr("The privacy notice is saved."), StatusLabel::Success);
    updateButtons();
    return true;
}

bool PrivacyNoticePanel::saveAsPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Privacy Notice"));
    QTextDocument document;
    document.setPlainText(m_edit->toPlainText());
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        m_status->showError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_status->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), StatusLabel::Success);
    return true;
}

void PrivacyNoticePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PrivacyNoticePanel::retranslateUi()
{
    m_note->setText(tr("What customers are told about the data kept on them. Print it or send the PDF when a "
                       "customer asks."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_default->setText(tr("Built-in &Text"));
    m_pdf->setText(tr("Save as &PDF…"));
}

} // namespace frontline
