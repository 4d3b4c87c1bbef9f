// PageCatalog lists the main window's pages in sidebar order, with the stable key each one has
// on the command line (--page) and in the settings, and its translated title and purpose.
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <optional>

namespace frontline {

enum class PageId
{
    Dashboard,
    Customers,
    Visits,
    Opportunities,
    Orders,
    Payments, // collected payments (回款) and what customers still owe
    Team,
    Performance,
    Tasks,
    ImportExport,
    Sync,
    Settings,
    Admin, // only for users whose role may view users
};

class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(frontline::PageCatalog)
public:
    static constexpr int Count = int(PageId::Admin) + 1;

    // Every page, in sidebar order (the order of PageId).
    static QList<PageId> all();
    // "dashboard", "customers", …, "import", "settings".
    static QString key(PageId page);
    static std::optional<PageId> fromKey(const QString &key);
    static QStringList keys();

    static QString title(PageId page);
    // One sentence on what the page is for.
    static QString description(PageId page);
    static QIcon icon(PageId page);
};

} // namespace frontline
