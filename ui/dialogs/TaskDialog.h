// TaskDialog adds a task or follow-up: what is to be done, for which customer and opportunity, by
// whom and when. Opened on an existing task (showTask()) it shows the task and its comments, who
// wrote each and when, and takes a new comment.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

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
    // Preselects an opportunity (its customer too).
    void setOpportunity(qint64 opportunityId);
    qint64 savedId() const { return m_savedId; }
    // Shows an existing task with its comments (its fields read only); false when the task is not
    // visible.
    bool showTask(qint64 taskId);
    qint64 taskId() const { return m_taskId; }
    QComboBox *opportunityCombo() const { return m_opportunity; }
    QListWidget *commentList() const { return m_comments; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *addCommentButton() const { return m_addComment; }
    // Adds the comment typed (through core); false when there was nothing to add or core refused.
    bool addComment();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillOpportunities();
    void loadComments();

    Session *m_session;
    qint64 m_savedId = 0;
    qint64 m_taskId = 0;
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
    QLabel *m_opportunityLabel = nullptr;
    QComboBox *m_opportunity = nullptr;
    QWidget *m_commentsBox = nullptr;
    QLabel *m_commentsHeading = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_addComment = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
