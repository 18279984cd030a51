// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "stream/FirehoseOptions.h"
#include "stream/SpoutOptions.h"

class QComboBox;
class QLineEdit;
class QToolButton;

namespace lc {

// What to stream: Spout or Firehose, the stream type and the server-side filters (tag,
// category, sensor, investigation), and for a Firehose where to listen, the output's name, the
// address the cloud dials and the certificate. The Firehose row shows only for a Firehose.
class LiveSourceBar : public QWidget
{
    Q_OBJECT

public:
    enum class Source
    {
        Spout,
        Firehose,
    };
    Q_ENUM(Source)

    explicit LiveSourceBar(QWidget* parent = nullptr);

    Source source() const;
    void setSource(Source source);
    SpoutOptions spoutOptions() const;
    // False, with a sentence naming the field, when the listen address is not valid.
    bool firehoseOptions(FirehoseOptions* options, QString* error) const;
    // Fields cannot change while a stream runs: what is shown is what is streaming.
    void setEditable(bool editable);

    QComboBox* sourceBox() const { return m_source; }
    QComboBox* typeBox() const { return m_type; }
    QLineEdit* tagEdit() const { return m_tag; }
    QLineEdit* categoryEdit() const { return m_category; }
    QLineEdit* sensorEdit() const { return m_sensor; }
    QLineEdit* investigationEdit() const { return m_investigation; }
    QLineEdit* listenEdit() const { return m_listen; }
    QLineEdit* outputNameEdit() const { return m_outputName; }
    QLineEdit* publicDestinationEdit() const { return m_publicDestination; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QLineEdit* keyEdit() const { return m_key; }

signals:
    // Return pressed in a field: start with what is typed.
    void submitted();

private:
    void updateSourceFields();
    QLineEdit* addField(const QString& placeholder, const QString& accessibleName,
                        const QString& toolTip);
    QToolButton* browseButton(QLineEdit* edit, const QString& title);

    QComboBox* m_source;
    QComboBox* m_type;
    QLineEdit* m_tag;
    QLineEdit* m_category;
    QLineEdit* m_sensor;
    QLineEdit* m_investigation;
    QWidget* m_firehoseRow;
    QLineEdit* m_listen;
    QLineEdit* m_outputName;
    QLineEdit* m_publicDestination;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
};

} // namespace lc
