// DialogHeader is the top of Frontline's dialogs: an icon beside a bold title and a muted line
// of detail (usually the file concerned).
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace frontline {

class DialogHeader : public QWidget
{
    Q_OBJECT
public:
    explicit DialogHeader(const QIcon &icon, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDetail(const QString &detail);

private:
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace frontline
