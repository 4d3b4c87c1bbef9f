#include "ReportTable.h"

#include "domain/Money.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

qsizetype ReportTable::columnIndex(const QString &k) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == k)
            return i;
    }
    return -1;
}

QString ReportTable::displayText(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
        return v.toString();
    case ColumnType::Fen:
        return Money::format(v.toLongLong());
    case ColumnType::Int:
        return QLocale().toString(v.toLongLong());
    case ColumnType::Percent:
        return QLocale().toString(100.0 * v.toDouble(), 'f', 1) + u'%';
    case ColumnType::Decimal:
        return QLocale().toString(v.toDouble(), 'f', 1);
    case ColumnType::Date:
        return v.toDate().toString(Qt::ISODate);
    }
    return v.toString();
}

QString ReportTable::displayText(qsizetype row, qsizetype column) const
{
    return displayText(rows.value(row).value(column), cellType(row, column));
}

bool ReportTable::hasCellTypes(qsizetype row) const
{
    for (auto it = m_cellTypes.constBegin(); it != m_cellTypes.constEnd(); ++it) {
        if (it.key().first == row)
            return true;
    }
    return false;
}

QString ReportTable::typeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return u"text"_s;
    case ColumnType::Fen:
        return u"fen"_s;
    case ColumnType::Int:
        return u"int"_s;
    case ColumnType::Percent:
        return u"percent"_s;
    case ColumnType::Decimal:
        return u"decimal"_s;
    case ColumnType::Date:
        return u"date"_s;
    }
    return {};
}

static QJsonValue jsonCell(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Fen:
    case ColumnType::Int:
        return QJsonValue(v.toLongLong());
    case ColumnType::Percent:
    case ColumnType::Decimal:
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ? QJsonValue(v.toLongLong())
                                                                                 : QJsonValue(v.toDouble());
    case ColumnType::Date:
        return v.toDate().toString(Qt::ISODate);
    case ColumnType::Text:
        break;
    }
    return v.toString();
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray cols, data;
    for (const ReportColumn &c : columns)
        cols << QJsonObject{{u"key"_s, c.key}, {u"title"_s, c.title}, {u"type"_s, typeKey(c.type)}};
    for (const QList<QVariant> &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i).key, jsonCell(row.value(i), columns.at(i).type));
        data << o;
    }
    return {{u"key"_s, key}, {u"title"_s, title}, {u"columns"_s, cols}, {u"rows"_s, data}};
}

static QString csvField(QString text, bool isText)
{
    if (isText && !text.isEmpty() &&
        (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QString ReportTable::toCsv() const
{
    QString out;
    QStringList header;
    for (const ReportColumn &c : columns)
        header << csvField(c.key, true);
    out += header.join(u',') + u"\r\n"_s;
    for (const QList<QVariant> &row : rows) {
        QStringList fields;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant v = row.value(i);
            const ColumnType type = columns.at(i).type;
            QString text;
            if (v.isValid() && !v.isNull()) {
                if (type == ColumnType::Date)
                    text = v.toDate().toString(Qt::ISODate);
                else if (type == ColumnType::Fen || type == ColumnType::Int)
                    text = QString::number(v.toLongLong());
                else if (type == ColumnType::Percent || type == ColumnType::Decimal)
                    text = QString::number(v.toDouble(), 'g', 12);
                else
                    text = v.toString();
            }
            fields << csvField(text, type == ColumnType::Text);
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

QJsonObject Report::toJson() const
{
    QJsonObject o{{u"report"_s, kind},
                  {u"title"_s, title},
                  {u"period"_s, period.key()},
                  {u"from"_s, period.from().toString(Qt::ISODate)},
                  {u"to"_s, period.to().toString(Qt::ISODate)},
                  {u"subject"_s, subject}};
    QJsonArray all;
    for (const ReportTable &t : sections)
        all << t.toJson();
    if (!sections.isEmpty()) {
        const QJsonObject first = all.first().toObject();
        o.insert(u"columns"_s, first.value(u"columns"_s));
        o.insert(u"rows"_s, first.value(u"rows"_s));
    }
    o.insert(u"sections"_s, all);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace frontline::analytics
