#include "Vocabulary.h"

using namespace Qt::StringLiterals;

namespace frontline {

QList<QPair<QString, QString>> Vocabulary::entries(Domain domain)
{
    switch (domain) {
    case CustomerKind:
        return {{u"company"_s, tr("Company")}, {u"individual"_s, tr("Individual")}};
    case CustomerStatus:
        return {{u"lead"_s, tr("Lead")},
                {u"prospect"_s, tr("Prospect")},
                {u"active"_s, tr("Active")},
                {u"dormant"_s, tr("Dormant")},
                {u"lost"_s, tr("Lost", "customer status")}};
    case Source:
        return {{u"phone"_s, tr("Phone")},       {u"email"_s, tr("E-mail")},
                {u"wechat"_s, tr("WeChat")},     {u"visit"_s, tr("Visit")},
                {u"referral"_s, tr("Referral")}, {u"trade_show"_s, tr("Trade show")},
                {u"website"_s, tr("Website")},   {u"import"_s, tr("Import")},
                {u"other"_s, tr("Other")}};
    case ActivityKind:
        return {{u"visit"_s, tr("Visit")},
                {u"call"_s, tr("Call")},
                {u"wechat"_s, tr("WeChat")},
                {u"email"_s, tr("E-mail")},
                {u"meeting"_s, tr("Meeting")}};
    case Stage:
        return {{u"lead"_s, tr("Lead")},
                {u"qualified"_s, tr("Qualified")},
                {u"proposal"_s, tr("Proposal")},
                {u"negotiation"_s, tr("Negotiation")},
                {u"won"_s, tr("Won", "pipeline stage")},
                {u"lost"_s, tr("Lost", "pipeline stage")}};
    case OrderStatus:
        return {{u"draft"_s, tr("Draft")},
                {u"confirmed"_s, tr("Confirmed")},
                {u"shipped"_s, tr("Shipped")},
                {u"paid"_s, tr("Paid")},
                {u"cancelled"_s, tr("Cancelled")}};
    case TaskStatus:
        return {{u"open"_s, tr("Open")},
                {u"in_progress"_s, tr("In progress")},
                {u"done"_s, tr("Done")},
                {u"cancelled"_s, tr("Cancelled")}};
    case Priority:
        return {{u"low"_s, tr("Low")},
                {u"normal"_s, tr("Normal")},
                {u"high"_s, tr("High")},
                {u"urgent"_s, tr("Urgent")}};
    case Role:
        return {{u"admin"_s, tr("Administrator")},
                {u"manager"_s, tr("Manager")},
                {u"rep"_s, tr("Sales rep")},
                {u"support"_s, tr("Support")}};
    case TeamKind:
        return {{u"company"_s, tr("Company")}, {u"region"_s, tr("Region")}, {u"team"_s, tr("Team")}};
    case TrainingTopic:
        return {{u"product_knowledge"_s, tr("Product knowledge")},
                {u"sales_skills"_s, tr("Sales skills")},
                {u"customer_communication"_s, tr("Customer communication")},
                {u"other"_s, tr("Other")}};
    case CareerPosition:
        return {{u"rep"_s, tr("Sales rep")},
                {u"senior_rep"_s, tr("Senior sales rep")},
                {u"team_lead"_s, tr("Team lead")},
                {u"manager"_s, tr("Sales manager")}};
    case PlanStatus:
        return {{u"draft"_s, tr("Draft")},
                {u"active"_s, tr("Active", "development plan")},
                {u"on_hold"_s, tr("On hold")},
                {u"completed"_s, tr("Completed")}};
    case MilestoneStatus:
        return {{u"planned"_s, tr("Planned")},
                {u"in_progress"_s, tr("In progress")},
                {u"done"_s, tr("Done")},
                {u"missed"_s, tr("Missed")}};
    }
    return {};
}

QString Vocabulary::label(Domain domain, const QString &key)
{
    for (const auto &entry : entries(domain)) {
        if (entry.first == key)
            return entry.second;
    }
    return key;
}

QStringList Vocabulary::keys(Domain domain)
{
    QStringList result;
    for (const auto &entry : entries(domain))
        result << entry.first;
    return result;
}

} // namespace frontline
