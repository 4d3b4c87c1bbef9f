// What the frontline-xls helper (app/xls) writes on its standard output for XlsReader: frames,
// each a big-endian quint32 length and that many bytes, which a QDataStream (Qt 6.4 format) reads
// as a quint8 Frame and its fields:
//   Hello     quint32 Magic, quint32 Version             always first
//   Sheets    QStringList names                          once the workbook is open
//   Selected  qint32 index, quint32 rows                 the sheet that will be read, its row count
//   Row       qint64 number, quint32 rowsRead, quint32 n, then n cells   one per non-blank row
//   Error     qint32 XlsError, qint64 number, QString text               then the helper exits
//   End                                                  the sheet was read to its end
// A cell is a quint8 Cell and its value: Int qint64, Double double, Text QString, Date the Julian
// day (qint64), DateTime the Julian day and msecs since midnight (qint32, local time), Time msecs
// since midnight (-1 when invalid); Null nothing. The reader checks every frame (length, type, fields,
// nothing left over): a helper that FreeXL made misbehave may write anything.
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QVariant>
#include <QtEndian>

namespace frontline::io {

// Why the helper could not read a workbook or sheet, with the number and text of its Error frame
// (XlsWorkbook::error()).
enum class XlsError : qint32
{
    None = 0,
    NotAWorkbook = 1, // number: FreeXL's error code
    Password = 2,     // an obfuscated (password-protected) workbook
    NoWorksheet = 3,
    UnknownSheet = 4,    // text: the sheet asked for
    SheetUnreadable = 5, // text: the sheet
    RowUnreadable = 6,   // number: the row (1-based); text: the sheet
};

namespace xlsprotocol {

constexpr quint32 Magic = 0x464c584c; // "FLXL"
constexpr quint32 Version = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;
// A BIFF8 row has at most 256 cells of at most 32,767 characters (17 MB in UTF-16); a longer
// frame is taken for garbage.
constexpr quint32 MaxFrameSize = 64u << 20;
constexpr quint32 MaxCells = 65536;

enum class Frame : quint8
{
    Hello = 1,
    Sheets = 2,
    Selected = 3,
    Row = 4,
    Error = 5,
    End = 6,
};

enum class Cell : quint8
{
    Null = 0,
    Int = 1,
    Double = 2,
    Text = 3,
    Date = 4,
    DateTime = 5,
    Time = 6,
};

// One frame, length first; fields(QDataStream &) writes what follows the type.
template <typename Fields> QByteArray frame(Frame type, Fields &&fields)
{
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << quint8(type);
        fields(out);
    }
    QByteArray framed(4, '\0');
    qToBigEndian(quint32(body.size()), framed.data());
    return framed + body;
}

// -1 for an invalid time, which then reads back invalid (msecsSinceStartOfDay() says 0).
inline qint32 msecsOf(QTime time)
{
    return time.isValid() ? qint32(time.msecsSinceStartOfDay()) : -1;
}

inline void writeCell(QDataStream &out, const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::LongLong:
        out << quint8(Cell::Int) << cell.toLongLong();
        break;
    case QMetaType::Double:
        out << quint8(Cell::Double) << cell.toDouble();
        break;
    case QMetaType::QString:
        out << quint8(Cell::Text) << cell.toString();
        break;
    case QMetaType::QDate:
        out << quint8(Cell::Date) << cell.toDate().toJulianDay();
        break;
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        out << quint8(Cell::DateTime) << dt.date().toJulianDay() << msecsOf(dt.time());
        break;
    }
    case QMetaType::QTime:
        out << quint8(Cell::Time) << msecsOf(cell.toTime());
        break;
    default:
        out << quint8(Cell::Null);
        break;
    }
}

// False on an unknown cell type (the stream's status says whether it ran short).
inline bool readCell(QDataStream &in, QVariant &cell)
{
    quint8 type = 0;
    in >> type;
    switch (Cell(type)) {
    case Cell::Null:
        cell = QVariant();
        return true;
    case Cell::Int: {
        qint64 v = 0;
        in >> v;
        cell = v;
        return true;
    }
    case Cell::Double: {
        double v = 0;
        in >> v;
        cell = v;
        return true;
    }
    case Cell::Text: {
        QString v;
        in >> v;
        cell = v;
        return true;
    }
    case Cell::Date: {
        qint64 day = 0;
        in >> day;
        cell = QDate::fromJulianDay(day);
        return true;
    }
    case Cell::DateTime: {
        qint64 day = 0;
        qint32 msecs = 0;
        in >> day >> msecs;
        cell = QDateTime(QDate::fromJulianDay(day), QTime::fromMSecsSinceStartOfDay(msecs));
        return true;
    }
    case Cell::Time: {
        qint32 msecs = 0;
        in >> msecs;
        cell = QTime::fromMSecsSinceStartOfDay(msecs);
        return true;
    }
    }
    return false;
}

} // namespace xlsprotocol

} // namespace frontline::io
