// FieldForm lays out labelled fields with an error line under each, so that the FieldErrors a
// repository returns appear next to the field they are about, in the user's language. Errors
// for fields the form does not have are handed back for a general message.
#pragma once

#include "StatusLabel.h"
#include "domain/Crm.h"
#include "repositories/Repository.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLayout;

namespace frontline {

class FieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldForm(QWidget *parent = nullptr);

    // Adds a row: label, then the field (a widget or a layout), then its error line. field is
    // the key FieldErrors use ("name", "email"…); the error line is named field + "Error".
    // Several keys may share a row (aliases).
    void addRow(QLabel *label, QWidget *widget, const QStringList &fields = {});
    void addRow(QLabel *label, QLayout *layout, const QStringList &fields = {});
    // A row across both columns (a note, a warning) without a label.
    void addWideRow(QWidget *widget);

    // Shows each error under its field; returns those without a field here.
    QList<FieldError> showErrors(const QList<FieldError> &errors);
    void clearErrors();

    // What a "New …" dialog does on Save: the dialog's own errors and then the repository's
    // validation, each under its field and the rest (with any database error) in status; the new
    // record's id, or 0 when nothing was saved.
    template <typename Repository, typename Record>
    qint64 create(Repository &repository, const Record &record, QList<FieldError> errors, StatusLabel *status)
    {
        errors << repository.validate(record);
        SaveResult result;
        if (errors.isEmpty()) {
            result = repository.create(record);
            errors = result.fieldErrors;
        }
        for (const FieldError &e : showErrors(errors))
            status->showError(e.message);
        if (!errors.isEmpty() || !result.ok()) {
            if (!result.error.isEmpty())
                status->showError(result.error);
            return 0;
        }
        return result.id;
    }
    StatusLabel *errorLabel(const QString &field) const;
    // The width of the label column, and a floor for it, to line two forms up.
    int labelColumnWidth() const;
    void setLabelColumnMinimumWidth(int width);

private:
    void addErrorLine(const QStringList &fields);

    QGridLayout *m_grid = nullptr;
    QHash<QString, StatusLabel *> m_errors;
};

} // namespace frontline
