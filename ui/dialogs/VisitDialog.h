// VisitDialog logs a visit, call, WeChat, e-mail or meeting: what reps do all day, so it is
// made for the keyboard. Type part of the customer's name, pinyin, initials or phone and press
// Enter; Tab to the summary; the kind with Ctrl+1…5; the next follow-up with Alt+3 (three days),
// Alt+W (a week) or Alt+M (a month); satisfaction with the digits 1–5; Ctrl+Enter saves. Saving
// goes through the undo stack.
#pragma once

#include "domain/Crm.h"

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace frontline {

class CustomerPicker;
class DialogHeader;
class FieldForm;
class RatingWidget;
class Session;
class StatusLabel;

class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VisitDialog(Session *session, QWidget *parent = nullptr);
    ~VisitDialog() override;

    void setCustomer(qint64 customerId);
    // The activity saved, with its id (after the dialog was accepted).
    const Activity &activity() const { return m_saved; }

    QString kind() const;
    void setKind(const QString &kind);
    QDate followUp() const;
    // Days or months after the visit; 0 clears the follow-up.
    void setFollowUpInDays(int days);
    void setFollowUpInMonths(int months);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void customerChosen(qint64 customerId);
    Activity fromFields() const;

    Session *m_session;
    Activity m_saved;
    bool m_memberChosen = false;

    DialogHeader *m_header = nullptr;
    QButtonGroup *m_kinds = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_customerLabel = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLineEdit *m_outcome = nullptr;
    QLabel *m_followUpLabel = nullptr;
    QDateEdit *m_followUp = nullptr;
    QPushButton *m_in3Days = nullptr;
    QPushButton *m_in1Week = nullptr;
    QPushButton *m_in1Month = nullptr;
    QPushButton *m_noFollowUp = nullptr;
    QHash<QPushButton *, QKeySequence> m_presetKeys;
    QLabel *m_satisfactionLabel = nullptr;
    RatingWidget *m_satisfaction = nullptr;
    QLabel *m_whenLabel = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr;
    StatusLabel *m_error = nullptr;
    QLabel *m_keysHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
