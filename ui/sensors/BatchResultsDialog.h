// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lc {

class BatchResultModel;
class SensorBatch;

// Progress and a result per sensor of one operation (tag, task, isolate…), without blocking
// the window: it can stay open while the user keeps working, and cancel what has not run.
class BatchResultsDialog : public QDialog
{
    Q_OBJECT

public:
    // The model must have been created on batch before it started.
    BatchResultsDialog(const QString& title, SensorBatch* batch, BatchResultModel* model,
                       QWidget* parent = nullptr);

    BatchResultModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool isFinished() const;

private:
    void updateProgress();

    QPointer<SensorBatch> m_batch;
    BatchResultModel* m_model;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableView* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
};

} // namespace lc
