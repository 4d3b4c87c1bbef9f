// EmptyState fills a page that has nothing to show yet: a large muted icon, a line in bold, a
// sentence of explanation and optionally a button or two, centred. Pages show it for "no data
// yet"; the main window shows it when no database is open.
#pragma once

#include <QIcon>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace frontline {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    QString title() const;
    void setTitle(const QString &title);
    QString text() const;
    void setText(const QString &text);
    // Adds a button (or any widget) under the text; the EmptyState takes ownership.
    void addWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateIcon();

    QIcon m_icon;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace frontline
