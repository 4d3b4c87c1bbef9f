// TrainingSessionDialog adds or edits a training session: topic, title, date, trainer, duration
// and notes. Saving goes through core (TrainingRepository: permission, validation).
#pragma once

#include "training/TrainingRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace frontline {

class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class TrainingSessionDialog : public QDialog
{
    Q_OBJECT
public:
    // A new session, or (id != 0) the session to edit.
    explicit TrainingSessionDialog(Session *session, const TrainingSession &record = {},
                                   QWidget *parent = nullptr);
    ~TrainingSessionDialog() override;

    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    TrainingSession m_record;
    qint64 m_savedId = 0;

    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_topicLabel = nullptr;
    QComboBox *m_topic = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_trainerLabel = nullptr;
    QLineEdit *m_trainer = nullptr;
    QLabel *m_durationLabel = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
