// PrivacyNoticePanel edits the privacy notice shown to customers (Privacy::notice(), the built-in
// one until an administrator writes their own), saves it for users whose role may edit the
// settings (audited by Privacy) and writes it to a PDF to print or send.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace frontline {

class Session;
class StatusLabel;

class PrivacyNoticePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyNoticePanel(Session *session, QWidget *parent = nullptr);

    void reload();
    bool save();
    bool saveAsPdf(const QString &path);
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Session *m_session;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_pdf = nullptr;
    StatusLabel *m_status = nullptr;
    QString m_saved;
};

} // namespace frontline
