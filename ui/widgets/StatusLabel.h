// StatusLabel shows one message next to the thing it is about: an error in red beside a
// passphrase field, a warning in amber, a hint in a muted tone. It is hidden while empty and
// shows plain text only (messages carry file paths, which may contain '<'). In a dialog, a
// message longer than the room left for it makes the dialog grow rather than be cut off.
#pragma once

#include <QLabel>

namespace frontline {

class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    enum Kind
    {
        Hint,
        Success,
        Warning,
        Error
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void showMessage(const QString &message, Kind kind);
    void showError(const QString &message) { showMessage(message, Error); }
    void clearMessage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColor();
    void growDialogToFit();

    Kind m_kind = Hint;
};

} // namespace frontline
