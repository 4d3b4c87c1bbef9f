// DashboardPrint: the dashboard on paper — the KPI cards, the page's own Qt Charts (revenue
// trend with target and last year, revenue by rep, by channel and by region, the funnel) and the
// figures behind them as tables (the trend of every KPI, revenue by rep). Used by the dashboard
// page (Print…, Export PDF…) and by `frontline-cli report dashboard --format pdf`.
#pragma once

#include "PrintDocument.h"
#include "charts/DashboardData.h"

#include <QCoreApplication>

#include <memory>

namespace frontline {

class DashboardPrint
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DashboardPrint)
public:
    static QList<PrintCard> cards(const analytics::Dashboard &dashboard);
    // The figures of data as a report (KPIs, trend, revenue by rep), as exported and audited.
    static analytics::Report report(const DashboardData &data);
    static std::unique_ptr<PrintDocument> document(const DashboardData &data, const QString &company);
    static bool writePdf(const DashboardData &data, const QString &company, const QString &path,
                         QString *error);
};

} // namespace frontline
