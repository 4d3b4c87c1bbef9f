// PageHeader is the title line at the top of every page: the page's name in large type and an
// optional muted line under it, so that all pages start the same way.
#pragma once

#include <QWidget>

class QLabel;

namespace frontline {

class PageHeader : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(QString subtitle READ subtitle WRITE setSubtitle)
public:
    explicit PageHeader(QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    QString subtitle() const;
    void setSubtitle(const QString &subtitle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace frontline
