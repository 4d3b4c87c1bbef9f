#include "PageCatalog.h"

#include "widgets/LineIcon.h"

using namespace Qt::StringLiterals;

namespace frontline {

QList<PageId> PageCatalog::all()
{
    QList<PageId> pages;
    for (int i = 0; i < Count; ++i)
        pages << PageId(i);
    return pages;
}

QString PageCatalog::key(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return u"dashboard"_s;
    case PageId::Customers:
        return u"customers"_s;
    case PageId::Visits:
        return u"visits"_s;
    case PageId::Opportunities:
        return u"opportunities"_s;
    case PageId::Orders:
        return u"orders"_s;
    case PageId::Payments:
        return u"payments"_s;
    case PageId::Team:
        return u"team"_s;
    case PageId::Performance:
        return u"performance"_s;
    case PageId::Tasks:
        return u"tasks"_s;
    case PageId::ImportExport:
        return u"import"_s;
    case PageId::Sync:
        return u"sync"_s;
    case PageId::Admin:
        return u"admin"_s;
    case PageId::Settings:
        return u"settings"_s;
    }
    return QString();
}

std::optional<PageId> PageCatalog::fromKey(const QString &key)
{
    for (PageId page : all()) {
        if (PageCatalog::key(page).compare(key, Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

QStringList PageCatalog::keys()
{
    QStringList keys;
    for (PageId page : all())
        keys << key(page);
    return keys;
}

QString PageCatalog::title(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return tr("Dashboard");
    case PageId::Customers:
        return tr("Customers");
    case PageId::Visits:
        return tr("Visits");
    case PageId::Opportunities:
        return tr("Opportunities");
    case PageId::Orders:
        return tr("Orders");
    case PageId::Payments:
        return tr("Payments");
    case PageId::Team:
        return tr("Team");
    case PageId::Performance:
        return tr("Performance");
    case PageId::Tasks:
        return tr("Tasks");
    case PageId::ImportExport:
        return tr("Import/Export");
    case PageId::Sync:
        return tr("Sync & backup");
    case PageId::Admin:
        return tr("Administration");
    case PageId::Settings:
        return tr("Settings");
    }
    return QString();
}

QString PageCatalog::description(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return tr(
            "Sales at a glance: revenue against target, the pipeline by stage and this month's visits.");
    case PageId::Customers:
        return tr("Every customer with contacts, region and history, found by name, pinyin or phone number.");
    case PageId::Visits:
        return tr("Plan customer visits and record what was said and agreed.");
    case PageId::Opportunities:
        return tr("The sales pipeline: each deal with its stage, expected value and closing date.");
    case PageId::Orders:
        return tr("Orders and their lines, with payment and delivery status.");
    case PageId::Payments:
        return tr("Money received from customers, and what each customer still owes.");
    case PageId::Team:
        return tr("The sales reps, their territories and who reports to whom.");
    case PageId::Performance:
        return tr("Targets and results by rep, region and month, with rankings.");
    case PageId::Tasks:
        return tr("Follow-ups and to-dos for you and your team, with due dates.");
    case PageId::ImportExport:
        return tr("Bring in customers and orders from Excel and CSV files, and export reports.");
    case PageId::Sync:
        return tr("Swap sync packages with the team's laptops, settle conflicts, and keep backups.");
    case PageId::Admin:
        return tr("Users, what each role may do, the audit log and the privacy notice.");
    case PageId::Settings:
        return tr("Language, database and passphrase.");
    }
    return QString();
}

QIcon PageCatalog::icon(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return LineIcon::icon(LineIcon::Dashboard);
    case PageId::Customers:
        return LineIcon::icon(LineIcon::Customers);
    case PageId::Visits:
        return LineIcon::icon(LineIcon::Visits);
    case PageId::Opportunities:
        return LineIcon::icon(LineIcon::Opportunities);
    case PageId::Orders:
        return LineIcon::icon(LineIcon::Orders);
    case PageId::Payments:
        return LineIcon::icon(LineIcon::Check);
    case PageId::Team:
        return LineIcon::icon(LineIcon::Team);
    case PageId::Performance:
        return LineIcon::icon(LineIcon::Performance);
    case PageId::Tasks:
        return LineIcon::icon(LineIcon::Tasks);
    case PageId::ImportExport:
        return LineIcon::icon(LineIcon::ImportExport);
    case PageId::Sync:
        return LineIcon::icon(LineIcon::Sync);
    case PageId::Admin:
        return LineIcon::icon(LineIcon::Shield);
    case PageId::Settings:
        return LineIcon::icon(LineIcon::Settings);
    }
    return QIcon();
}

} // namespace frontline
