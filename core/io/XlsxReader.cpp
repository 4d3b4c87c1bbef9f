#include "io/XlsxReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "io/ZipArchive.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

// The ids Excel reserves for date and time formats and writes without a <numFmt>: 14–22 and 45–47
// everywhere, 27–36 and 50–58 in East Asian locales (here as zh-CN defines them).
QString builtInFormat(int id)
{
    switch (id) {
    case 14:
        return u"m/d/yyyy"_s;
    case 15:
        return u"d-mmm-yy"_s;
    case 16:
        return u"d-mmm"_s;
    case 17:
        return u"mmm-yy"_s;
    case 18:
        return u"h:mm AM/PM"_s;
    case 19:
        return u"h:mm:ss AM/PM"_s;
    case 20:
        return u"h:mm"_s;
    case 21:
        return u"h:mm:ss"_s;
    case 22:
        return u"m/d/yyyy h:mm"_s;
    case 45:
        return u"mm:ss"_s;
    case 46:
        return u"[h]:mm:ss"_s;
    case 47:
        return u"mmss.0"_s;
    case 27:
    case 36:
    case 50:
    case 52:
    case 57:
        return u"yyyy\"年\"m\"月\""_s;
    case 28:
    case 29:
    case 51:
    case 53:
    case 54:
    case 58:
        return u"m\"月\"d\"日\""_s;
    case 30:
        return u"m-d-yy"_s;
    case 31:
        return u"yyyy\"年\"m\"月\"d\"日\""_s;
    case 32:
        return u"h\"时\"mm\"分\""_s;
    case 33:
        return u"h\"时\"mm\"分\"ss\"秒\""_s;
    case 34:
    case 55:
        return u"上午/下午h\"时\"mm\"分\""_s;
    case 35:
    case 56:
        return u"上午/下午h\"时\"mm\"分\"ss\"秒\""_s;
    default:
        return {};
    }
}

// "A1" → 0, "AB12" → 27; -1 when there are no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        if (column > 16384)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

QString attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

// The relationship id of a <sheet>: "r:id" in whatever namespace prefix the writer chose.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.qualifiedName().endsWith(u":id"))
            return a.value().toString();
    }
    return {};
}

// A relationship's target as a zip entry: absolute ("/xl/worksheets/sheet1.xml", as some writers
// put it) or relative to the folder of the part that owns it.
QString resolveTarget(const QString &ownerPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = ownerPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : ownerPart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

} // namespace

XlsxReader::XlsxReader(const ReadOptions &options) : m_options(options) {}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    m_sheetFile.reset(); // before the archive it reads from
}

QString XlsxReader::format() const
{
    return u"xlsx"_s;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

double XlsxReader::progress() const
{
    if (m_done)
        return 1.0;
    if (!m_sheetFile || m_sheetFile->uncompressedSize() <= 0)
        return 0.0;
    return std::clamp(double(m_sheetFile->bytesRead()) / double(m_sheetFile->uncompressedSize()), 0.0, 1.0);
}

bool XlsxReader::open(const QString &path)
{
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    m_zip = std::make_unique<ZipReader>(path);
    if (!m_zip->open())
        return fail(
            tr("%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.").arg(m_fileName));

    // The workbook part is named by the package's root relationships; nearly always
    // xl/workbook.xml, which is also where to look when they are missing.
    QString workbook = u"xl/workbook.xml"_s;
    const auto root = readRelationships(u""_s);
    for (const Relationship &r : root) {
        if (r.type.endsWith(u"/officeDocument"))
            workbook = r.target;
    }
    if (!readWorkbook(workbook))
        return false;

    const auto workbookRels = readRelationships(workbook);
    QString sharedStrings, styles;
    for (const Relationship &r : workbookRels) {
        if (r.type.endsWith(u"/sharedStrings"))
            sharedStrings = r.target;
        else if (r.type.endsWith(u"/styles"))
            styles = r.target;
    }
    for (Sheet &s : m_sheets) {
        const auto it = workbookRels.constFind(s.part); // part holds the r:id until here
        if (it == workbookRels.cend()) {
            s.part.clear();
            s.worksheet = false;
            continue;
        }
        s.worksheet = it->type.endsWith(u"/worksheet");
        s.part = it->target;
    }
    if (!sharedStrings.isEmpty() && !readSharedStrings(sharedStrings))
        return false;
    if (!styles.isEmpty() && !readStyles(styles))
        return false;

    const Sheet *chosen = nullptr;
    if (m_options.sheet.isEmpty()) {
        for (const Sheet &s : std::as_const(m_sheets)) {
            if (s.worksheet && !s.hidden) {
                chosen = &s;
                break;
            }
        }
        if (!chosen)
            return fail(tr("%1 has no visible worksheet.").arg(m_fileName));
    } else {
        const QString wanted = m_options.sheet.trimmed();
        for (const Sheet &s : std::as_const(m_sheets)) {
            if (s.name == m_options.sheet) {
                chosen = &s;
                break;
            }
        }
        for (const Sheet &s : std::as_const(m_sheets)) {
            if (!chosen && s.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                chosen = &s;
        }
        if (!chosen)
            return fail(tr("%1 has no sheet named \"%2\"; its sheets are: %3.")
                            .arg(m_fileName, m_options.sheet, sheetNames().join(u", "_s)));
        if (!chosen->worksheet)
            return fail(tr("The sheet \"%1\" in %2 is a chart, not a table.").arg(chosen->name, m_fileName));
    }
    return openSheet(*chosen);
}

bool XlsxReader::readPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &parse,
                          bool required)
{
    const std::unique_ptr<ZipEntry> file = m_zip->openEntry(part);
    if (!file) {
        if (!required)
            return true;
        return fail(tr("%1 is not a complete Excel workbook: the part %2 is missing.").arg(m_fileName, part));
    }
    QXmlStreamReader xml(file.get());
    const bool ok = parse(xml);
    if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError)
        return fail(tr("%1 is damaged: %2 in %3, line %4.")
                        .arg(m_fileName, xml.errorString(), part)
                        .arg(xml.lineNumber()));
    return ok;
}

QHash<QString, XlsxReader::Relationship> XlsxReader::readRelationships(const QString &part)
{
    QHash<QString, Relationship> result;
    const QString relsPart = part.isEmpty() ? u"_rels/.rels"_s : relationshipsPartOf(part);
    readPart(
        relsPart,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"Relationship") {
                    if (attribute(xml, "TargetMode"_L1) == u"External")
                        continue;
                    result.insert(
                        attribute(xml, "Id"_L1),
                        {attribute(xml, "Type"_L1), resolveTarget(part, attribute(xml, "Target"_L1))});
                }
            }
            return true;
        },
        false);
    return result;
}

bool XlsxReader::readWorkbook(const QString &part)
{
    return readPart(part, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                m_date1904 = isTrue(xml.attributes().value("date1904"_L1));
            } else if (xml.name() == u"sheet") {
                Sheet s;
                s.name = attribute(xml, "name"_L1);
                const QString state = attribute(xml, "state"_L1);
                s.hidden = state == u"hidden" || state == u"veryHidden";
                s.part = relationshipId(xml);
                m_sheets.append(s);
            }
        }
        if (m_sheets.isEmpty())
            return fail(tr("%1 has no sheets.").arg(m_fileName));
        return true;
    });
}

QString XlsxReader::readRichText(QXmlStreamReader &xml)
{
    // Inside <si> or <is>: plain <t>, or runs <r><rPr/><t/></r>; <rPh> holds phonetic guides
    // (furigana), which are not part of the text.
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"rPh" || xml.name() == u"rPr")
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text.contains(u"_x"_s) ? unescape(text) : text;
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    // Optional, like the styles: a workbook whose relationships name a part it lacks still has
    // its numbers and inline strings.
    return readPart(
        part,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"sst") {
                    // The count is a hint from the file: a few bytes claiming fifty million
                    // strings must not take a gigabyte up front (found by fuzz_xlsx). Beyond a
                    // million the list grows as the strings are really read.
                    bool ok = false;
                    const qsizetype count = xml.attributes().value("uniqueCount"_L1).toLongLong(&ok);
                    if (ok && count > 0)
                        m_sharedStrings.reserve(std::min<qsizetype>(count, 1 << 20));
                } else if (xml.name() == u"si") {
                    m_sharedStrings.append(readRichText(xml));
                }
            }
            return true;
        },
        false);
}

bool XlsxReader::readStyles(const QString &part)
{
    return readPart(
        part,
        [&](QXmlStreamReader &xml) {
            QHash<int, QString> custom;
            bool inCellXfs = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"cellXfs")
                    inCellXfs = false;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"numFmt") {
                    custom.insert(xml.attributes().value("numFmtId"_L1).toInt(),
                                  attribute(xml, "formatCode"_L1));
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == u"xf") {
                    const int id = xml.attributes().value("numFmtId"_L1).toInt();
                    const auto it = custom.constFind(id);
                    m_styleKinds.append(classifyNumberFormat(id, it == custom.cend() ? QString() : *it));
                    xml.skipCurrentElement();
                }
            }
            return true;
        },
        false);
}

bool XlsxReader::openSheet(const Sheet &sheet)
{
    m_sheet = sheet.name;
    m_sheetFile = m_zip->openEntry(sheet.part);
    if (!m_sheetFile)
        return fail(tr("%1 is not a complete Excel workbook: the sheet \"%2\" (%3) is missing.")
                        .arg(m_fileName, sheet.name, sheet.part));
    m_xml.setDevice(m_sheetFile.get());
    return true;
}

bool XlsxReader::next(SourceRow &row)
{
    if (m_done || !m_error.isEmpty() || !m_sheetFile)
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isEndElement() && m_xml.name() == u"sheetData")
            break;
        if (!m_xml.isStartElement() || m_xml.name() != u"row")
            continue;

        bool ok = false;
        const qint64 number = m_xml.attributes().value("r"_L1).toLongLong(&ok);
        row.number = ok && number > 0 ? number : m_lastRow + 1;
        m_lastRow = row.number;
        row.hidden = isTrue(m_xml.attributes().value("hidden"_L1));
        row.cells.clear();

        int lastColumn = -1;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row")
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QStringView reference = attributes.value("r"_L1);
            int column = reference.isEmpty() ? lastColumn + 1 : columnOf(reference);
            if (column < 0 || column <= lastColumn)
                column = lastColumn + 1;
            if (column >= 16384)
                return fail(tr("%1 is damaged: the sheet \"%2\" has a cell beyond column XFD in row %3.")
                                .arg(m_fileName, m_sheet)
                                .arg(row.number));
            const QString type = attributes.value("t"_L1).toString();
            const int style = attributes.value("s"_L1).toInt();
            QString value, inlineText;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement())
                    break; // </c>
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"v")
                    value = m_xml.readElementText();
                else if (m_xml.name() == u"is")
                    inlineText = readRichText(m_xml);
                else
                    m_xml.skipCurrentElement(); // <f>, <extLst>
            }
            const QVariant cell = cellValue(type, value, inlineText, style);
            lastColumn = column;
            if (!cell.isValid())
                continue;
            while (row.cells.size() < column)
                row.cells.append(QVariant());
            row.cells.append(cell);
        }
        if (m_xml.hasError())
            break;
        if (!row.isBlank())
            return true;
    }
    if (m_xml.hasError())
        return fail(tr("%1 is damaged: %2 in the sheet \"%3\", line %4.")
                        .arg(m_fileName, m_xml.errorString(), m_sheet)
                        .arg(m_xml.lineNumber()));
    m_done = true;
    // Reading to the end lets the archive check the sheet's CRC.
    while (!m_xml.atEnd())
        m_xml.readNext();
    m_sheetFile->close();
    if (!m_sheetFile->isIntact())
        return fail(
            tr("%1 is damaged: the sheet \"%2\" does not match its checksum.").arg(m_fileName, m_sheet));
    return false;
}

QVariant XlsxReader::cellValue(QStringView type, const QString &value, const QString &inlineText,
                               int style) const
{
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size() || m_sharedStrings.at(index).isEmpty())
            return {};
        return m_sharedStrings.at(index);
    }
    if (type == u"inlineStr")
        return inlineText.isEmpty() ? QVariant() : QVariant(inlineText);
    if (value.isEmpty())
        return {};
    if (type == u"str" || type == u"e")
        return value.contains(u"_x"_s) ? unescape(value) : value;
    if (type == u"b")
        return QVariant(isTrue(value));
    if (type == u"d") {
        // ISO 8601 in the cell itself (strict OOXML and a few writers).
        const QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.time() == QTime(0, 0) && !value.contains(u'T') ? QVariant(dt.date()) : QVariant(dt);
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(value);
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    const NumberKind kind =
        style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : NumberKind::Number;
    if (kind != NumberKind::Number) {
        const QVariant date = fromSerial(number, m_date1904, kind);
        if (date.isValid())
            return date;
    }
    // Integral values as integers, so that codes and phone numbers typed as numbers read back
    // without ".0"; doubles hold integers exactly up to 2^53.
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) <= 9007199254740992.0)
        return QVariant(qint64(number));
    return QVariant(number);
}

XlsxReader::NumberKind XlsxReader::classifyNumberFormat(int id, QStringView code)
{
    QString builtIn;
    if (code.isEmpty()) {
        builtIn = builtInFormat(id);
        code = builtIn;
    }
    bool date = false, time = false, month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break; // the first section decides (the others are for negatives, zero and text)
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped literal, a space the width of the next character, a fill character
            continue;
        }
        if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                break;
            // [h], [mm], [ss]: elapsed time. [Red], [$-804], [DBNum1], [>100]: not dates.
            const QStringView inside = code.sliced(i + 1, close - i - 1);
            bool elapsed = !inside.isEmpty();
            for (const QChar e : inside)
                elapsed = elapsed && (e.toLower() == u'h' || e.toLower() == u'm' || e.toLower() == u's');
            time = time || elapsed;
            i = close;
            continue;
        }
        if (code.sliced(i).startsWith(u"AM/PM", Qt::CaseInsensitive)) {
            time = true;
            i += 4;
            continue;
        }
        if (code.sliced(i).startsWith(u"A/P", Qt::CaseInsensitive)) {
            time = true;
            i += 2;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'y':
        case u'd':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true;
            break;
        default:
            break;
        }
    }
    // "m" is the month unless hours or seconds are around it ("h:mm", "mm:ss").
    if (month && !time)
        date = true;
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

QVariant XlsxReader::fromSerial(double serial, bool date1904, NumberKind kind)
{
    // Beyond 9999-12-31 or negative: Excel shows #### and so is it no date.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return {};
    auto days = qint64(std::floor(serial));
    auto ms = qint64(std::llround((serial - double(days)) * 86400000.0));
    if (ms >= 86400000) {
        ++days;
        ms -= 86400000;
    }
    if (kind == NumberKind::Time && days == 0)
        return QTime::fromMSecsSinceStartOfDay(int(ms));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days); // 1 = 1900-01-01
    else if (days == 60)
        date = QDate(1900, 2, 28); // Lotus' 1900-02-29, which never was
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (kind == NumberKind::Date && ms == 0)
        return date;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)));
}

QString XlsxReader::unescape(const QString &text)
{
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).sliced(last, m.capturedStart() - last);
        result += QChar(char16_t(m.capturedView(1).toUInt(nullptr, 16)));
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).sliced(last);
    return result;
}

} // namespace frontline::io
