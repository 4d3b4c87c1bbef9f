// StartDialog is the first thing shown when Frontline starts without a database to open: the
// databases opened lately, and buttons to create a new one or to look for a file. It only
// chooses; DatabaseOpener then asks for the passphrase or creates the file.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace frontline {

class DialogHeader;

class StartDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        OpenDatabase,
        CreateDatabase
    };

    explicit StartDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The database to open, for OpenDatabase.
    QString path() const { return m_path; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRecentList();
    void openItem(QListWidgetItem *item);
    void openSelected();
    void browse();
    void create();
    void retranslateUi();

    Choice m_choice = OpenDatabase;
    QString m_path;
    DialogHeader *m_header = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_noRecentLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_browseButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
