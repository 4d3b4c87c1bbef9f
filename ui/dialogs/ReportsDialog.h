// ReportsDialog: any report from the GUI, as frontline-cli report makes it — choose the kind,
// the period and the grouping, look at the pages as they will print, then print them or save
// them as PDF, Excel or CSV (UTF-8 or GBK). The figures are computed off the UI thread in the
// user's access scope; showing a report needs the view permission of its area, anything that
// leaves (a file, paper) the export permission, and is written to the audit log as the CLI's
// exports are.
#pragma once

#include "analytics/ReportTable.h"
#include "charts/DashboardData.h"
#include "repositories/AccessScope.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPrinter>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPushButton;

namespace frontline {

class Database;
class PrintDocument;

class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsDialog(Database *db, AccessScope scope, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    // Chooses a report and computes it (tests, and the dashboard's "this period").
    void setReport(const QString &kind, const QString &period, const QString &by = QString());
    // "Today" for periods in progress (tests pin it).
    void setToday(const QDate &today);
    bool isComputing() const { return m_computing; }
    const analytics::Report &report() const { return m_report; }
    QString problem() const; // why there is no report (a denial, a bad period), or empty
    int pageCount() const { return m_pages; }
    QPrintPreviewWidget *preview() const { return m_preview; }

    // Writes the report as pdf, xlsx or csv (in the encoding chosen) after the export check, and
    // audits it.
    bool save(const QString &path, const QString &format, QString *error);

    static QString kindTitle(const QString &kind);

Q_SIGNALS:
    void computed();

private:
    struct Result
    {
        analytics::Report report;
        std::optional<DashboardData> dashboard;
        QString error;
    };

    void retranslateUi();
    void updateGrouping();
    void compute();
    void showResult(const Result &result);
    std::unique_ptr<PrintDocument> document() const;
    void print();
    void saveAs(const QString &format);
    void updateButtons();

    Database *m_db;
    AccessScope m_scope;
    QDate m_today;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_period = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_byLabel = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_note = nullptr;
    QPrinter m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_csv = nullptr;
    QComboBox *m_encoding = nullptr; // of a CSV: utf-8 (with a BOM) or gbk
    QLabel *m_encodingLabel = nullptr;

    analytics::Report m_report;
    std::optional<DashboardData> m_dashboard;
    QString m_company;
    QString m_problem;
    int m_pages = 0;
    bool m_computing = false;
    bool m_again = false;
    std::unique_ptr<QFutureWatcher<Result>> m_watcher;
};

} // namespace frontline
