// TaskDialog adds a task or follow-up: what is to be done, for which customer, by whom and when.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace frontline {

class CustomerPicker;
class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaskDialog(Session *session, QWidget *parent = nullptr);
    ~TaskDialog() override;

    void setCustomer(qint64 customerId);
    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    qint64 m_savedId = 0;
    bool m_assigneeChosen = false;

    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_customerLabel = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
