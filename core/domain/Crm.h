// The CRM's value types: organisation, customers and their contacts, activities,
// opportunities, products, orders and tasks. Plain data, no SQL; repositories load and save
// them. Money is integer fen, dates are local QDate (stored YYYY-MM-DD), timestamps UTC.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline {

enum class Role
{
    Admin,
    Manager,
    Rep,
    Support
};
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);

struct Team
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0: the root (company)
    QString name;
    QString kind = QStringLiteral("team"); // company, region, team
};

struct Member
{
    qint64 id = 0;
    QString uuid;
    QString code; // short and unique: R0012
    QString name;
    Role role = Role::Rep;
    qint64 teamId = 0;
    QString phone; // E.164 when valid
    QString email;
    QDate hireDate;
    bool active = true;
    QString teamName; // read only
};

struct ContactPoint
{
    QString kind; // phone, email
    QString raw;
    QString normalized;
    bool valid = true;
};

struct Contact
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString name;
    QString title;
    QString wechat;
    QString notes;
    QList<ContactPoint> points;
};

struct Customer
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString kind = QStringLiteral("company"); // company, individual
    QString name;
    QString shortName;
    QString industry;
    QString region;
    QString city;
    QString address;
    QString wechat;
    QString source; // phone, email, wechat, visit, referral, trade_show, website, import, other
    qint64 ownerId = 0;
    QString status = QStringLiteral("lead"); // lead, prospect, active, dormant, lost
    QString grade;                           // A-D or empty
    QStringList tags;
    QString notes;
    std::optional<bool> consent;
    QDate consentDate;
    QString consentMethod;
    QList<ContactPoint> points; // the customer's own phones and e-mails
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;
    QString ownerName; // read only

    QStringList phones() const;
    QStringList emails() const;
};

struct Activity
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 memberId = 0;
    QString kind = QStringLiteral("visit"); // visit, call, wechat, email, meeting
    QDateTime occurredAt;                   // UTC
    int durationMinutes = 0;
    QString location;
    QString summary;
    QString outcome;
    QString nextStep;
    QDate nextFollowUp;
    int satisfaction = 0; // 1-5, 0 when not given
    QString customerName; // read only
    QString memberName;   // read only
};

struct PipelineStage
{
    qint64 id = 0;
    QString key;
    QString name;
    int position = 0;
    int probability = 0;
    QString outcome; // open, won, lost
};

struct Opportunity
{
    qint64 id = 0;
    QString uuid;
    QString externalId;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    QString title;
    qint64 amountFen = 0;
    qint64 stageId = 0;
    int probability = -1; // -1: the stage's default
    QDate expectedClose;
    QDate closedOn;
    QString closeReason;
    QDateTime createdAt;
    QString customerName; // read only
    QString ownerName;    // read only
    QString stageKey;     // read only
};

struct StageChange
{
    qint64 opportunityId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QDateTime changedAt;
    qint64 memberId = 0;
};

struct Product
{
    qint64 id = 0;
    QString uuid;
    QString sku;
    QString name;
    QString category;
    qint64 unitPriceFen = 0;
    bool active = true;
};

struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 unitPriceFen = 0;
    qint64 amountFen = 0; // quantity × unit price unless given (discounts)
    QString productName;  // read only
    QString sku;          // read only
};

struct Order
{
    qint64 id = 0;
    QString uuid;
    QString orderNo;
    QDate orderDate;
    qint64 customerId = 0;
    qint64 memberId = 0;
    QString channel = QStringLiteral("direct");
    QString status = QStringLiteral("confirmed"); // draft, confirmed, shipped, paid, cancelled
    qint64 totalFen = 0;
    QList<OrderLine> lines;
    QString customerName; // read only
    QString memberName;   // read only
};

// Money received from a customer (回款): on a day, in fen (negative: a refund), credited to a
// rep, optionally against one of the customer's orders.
struct Payment
{
    qint64 id = 0;
    QString uuid;
    QString paymentNo; // receipt or bank slip number; may be empty
    QDate paidOn;
    qint64 customerId = 0;
    qint64 orderId = 0;  // 0: not against a particular order
    qint64 memberId = 0; // 0 on create: the order's rep, else the customer's owner
    qint64 amountFen = 0;
    QString method = QStringLiteral("transfer"); // transfer, cash, wechat, alipay, card, cheque, draft, other
    QString notes;
    QDateTime createdAt;
    QString customerName; // read only
    QString orderNo;      // read only
    QString memberName;   // read only
};

struct Task
{
    qint64 id = 0;
    QString uuid;
    QString title;
    qint64 assigneeId = 0;
    qint64 creatorId = 0;
    qint64 customerId = 0;
    qint64 opportunityId = 0;
    QDate dueDate;
    QString priority = QStringLiteral("normal"); // low, normal, high, urgent
    QString status = QStringLiteral("open");     // open, in_progress, done, cancelled
    QDateTime completedAt;
    QString notes;
    QDateTime createdAt;
    QString assigneeName; // read only
    QString customerName; // read only
};

// A field-level validation problem, shown next to the field in the UI.
struct FieldError
{
    QString field;
    QString message;
};

} // namespace frontline
