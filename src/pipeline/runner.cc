// The parallel driver. Three kinds of thread share a fixed set of slots
// (one document and its analysis each): the reader fills free slots from
// the stream and queues them for work and, in the same order, for output;
// workers analyse queued slots; the calling thread hands finished slots to
// the consumer strictly in read order and frees them. A slot is owned by
// exactly one thread at a time, so only the queues need the mutex.
#include "entente/runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace entente {

namespace {

using Clock = std::chrono::steady_clock;

struct Slot {
  Document doc;
  AnalyzedDocument analyzed;
  bool done = false;  // guarded by Driver::mu_
};

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// Counts what the consumer received and reports progress now and then.
class Progress {
 public:
  Progress(const RunnerOptions& options, uint64_t bytes_total)
      : options_(options), start_(Clock::now()), last_(start_) {
    snapshot_.bytes_total = bytes_total;
  }

  void Count(const AnalyzedDocument& doc) {
    ++snapshot_.documents;
    snapshot_.sentences += doc.sentences.size();
  }
  // Reports if the interval has passed since the last report.
  void Tick(uint64_t bytes_read) {
    if (!options_.progress) return;
    auto now = Clock::now();
    if (std::chrono::duration<double>(now - last_).count() < options_.progress_interval_seconds) return;
    last_ = now;
    Report(bytes_read, false);
  }
  RunStats Finish(uint64_t bytes_read, bool stopped) {
    if (options_.progress) Report(bytes_read, true);
    return {snapshot_.documents, snapshot_.sentences, Seconds(start_), stopped};
  }

 private:
  void Report(uint64_t bytes_read, bool finished) {
    snapshot_.bytes_read = bytes_read;
    snapshot_.elapsed_seconds = Seconds(start_);
    snapshot_.finished = finished;
    options_.progress(snapshot_);
  }

  const RunnerOptions& options_;
  Clock::time_point start_, last_;
  RunProgress snapshot_;
};

class Driver {
 public:
  Driver(const Pipeline& pipeline, DocumentStream* stream, const RunnerOptions& options,
         int threads, int window)
      : pipeline_(pipeline), stream_(stream), options_(options), threads_(threads),
        refill_(static_cast<size_t>(std::max(1, window / 2))) {
    for (int i = 0; i < window; ++i) {
      slots_.push_back(std::make_unique<Slot>());
      free_.push_back(slots_.back().get());
    }
  }

  RunStats Run(const DocumentConsumer& consume) {
    Progress progress(options_, stream_->bytes_total());
    std::thread reader([this] { ReadLoop(); });
    // The calling thread is one of the N analysers: while the next document
    // in order is not ready it analyses one itself instead of sleeping, so N
    // threads keep N cores busy and the hand-offs cost fewer wake-ups.
    std::vector<std::thread> workers;
    for (int i = 1; i < threads_; ++i) workers.emplace_back([this] { WorkLoop(); });

    bool stopped = false;
    auto interval = std::chrono::duration<double>(options_.progress_interval_seconds);
    for (;;) {
      Slot* s = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        auto ready = [this] { return order_.empty() ? input_done_ : order_.front()->done; };
        while (!ready()) {
          if (!work_.empty() && !stop_) {
            Slot* w = work_.front();
            work_.pop_front();
            lock.unlock();
            pipeline_.Analyze(w->doc, &w->analyzed);
            lock.lock();
            w->done = true;
            continue;
          }
          if (options_.progress) {
            // Keep the display alive while a long document is analysed.
            if (!done_cv_.wait_for(lock, interval, ready)) {
              lock.unlock();
              progress.Tick(bytes_read_.load());
              lock.lock();
            }
          } else {
            done_cv_.wait(lock);
          }
        }
        if (order_.empty()) break;
        s = order_.front();
        order_.pop_front();
      }
      bool go_on = consume(s->analyzed);
      if (go_on) {
        progress.Count(s->analyzed);
        progress.Tick(bytes_read_.load());
      }
      bool wake_reader;
      {
        std::lock_guard<std::mutex> lock(mu_);
        free_.push_back(s);
        if (!go_on) stop_ = true;
        wake_reader = free_.size() == refill_;
      }
      if (!go_on) {
        stopped = true;
        free_cv_.notify_all();
        work_cv_.notify_all();
        break;
      }
      if (wake_reader) free_cv_.notify_one();
    }
    reader.join();
    for (std::thread& t : workers) t.join();
    return progress.Finish(bytes_read_.load(), stopped);
  }

 private:
  void ReadLoop() {
    for (;;) {
      Slot* s;
      {
        std::unique_lock<std::mutex> lock(mu_);
        // Once out of slots, wait until half the window is free again, so
        // the reader wakes once per batch of documents, not once per
        // document (each wake-up is a context switch on every core).
        if (free_.empty()) {
          free_cv_.wait(lock, [this] { return free_.size() >= refill_ || stop_; });
        }
        if (stop_) break;
        s = free_.back();
        free_.pop_back();
      }
      bool got = stream_->Next(&s->doc);
      bytes_read_.store(stream_->bytes_read());
      std::lock_guard<std::mutex> lock(mu_);
      if (!got || stop_) {
        free_.push_back(s);
        break;
      }
      s->done = false;
      work_.push_back(s);
      order_.push_back(s);
      work_cv_.notify_one();
    }
    std::lock_guard<std::mutex> lock(mu_);
    input_done_ = true;
    work_cv_.notify_all();
    done_cv_.notify_all();
  }

  void WorkLoop() {
    for (;;) {
      Slot* s;
      bool skip;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return !work_.empty() || input_done_ || stop_; });
        if (work_.empty()) return;
        s = work_.front();
        work_.pop_front();
        skip = stop_;
      }
      if (!skip) pipeline_.Analyze(s->doc, &s->analyzed);
      std::lock_guard<std::mutex> lock(mu_);
      s->done = true;
      if (!order_.empty() && order_.front() == s) done_cv_.notify_one();
    }
  }

  const Pipeline& pipeline_;
  DocumentStream* stream_;
  const RunnerOptions& options_;
  int threads_;
  size_t refill_;  // free slots that wake a reader waiting for room
  std::vector<std::unique_ptr<Slot>> slots_;
  std::atomic<uint64_t> bytes_read_{0};

  std::mutex mu_;
  std::condition_variable free_cv_, work_cv_, done_cv_;
  std::vector<Slot*> free_;
  std::deque<Slot*> work_;   // read, waiting for a worker
  std::deque<Slot*> order_;  // read, waiting for the consumer, in read order
  bool input_done_ = false;
  bool stop_ = false;
};

// One thread: read, analyse, consume, in turn.
RunStats RunInline(const Pipeline& pipeline, DocumentStream* stream, const RunnerOptions& options,
                   const DocumentConsumer& consume) {
  Progress progress(options, stream->bytes_total());
  Document doc;
  AnalyzedDocument analyzed;
  bool stopped = false;
  while (stream->Next(&doc)) {
    pipeline.Analyze(doc, &analyzed);
    if (!consume(analyzed)) {
      stopped = true;
      break;
    }
    progress.Count(analyzed);
    progress.Tick(stream->bytes_read());
  }
  return progress.Finish(stream->bytes_read(), stopped);
}

}  // namespace

std::string FormatProgress(const RunProgress& p) {
  double t = p.elapsed_seconds > 0 ? p.elapsed_seconds : 1e-9;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%llu docs (%.1f/s), %llu sentences (%.1f/s), ",
                static_cast<unsigned long long>(p.documents), p.documents / t,
                static_cast<unsigned long long>(p.sentences), p.sentences / t);
  std::string out = buf;
  if (p.bytes_total > 0) {
    std::snprintf(buf, sizeof buf, "%.1f of %.1f MB, ", p.bytes_read / 1e6, p.bytes_total / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB, ", p.bytes_read / 1e6);
  }
  out += buf;
  out += Duration(p.elapsed_seconds) + " elapsed";
  if (!p.finished && p.bytes_total > 0 && p.bytes_read > 0 && p.bytes_read <= p.bytes_total) {
    double rate = p.bytes_read / t;
    out += ", ETA " + Duration((p.bytes_total - p.bytes_read) / rate);
  }
  return out;
}

Result<RunStats> RunPipeline(const Pipeline& pipeline, DocumentStream* stream,
                             const RunnerOptions& options, const DocumentConsumer& consume) {
  if (!stream) return Status::InvalidArgument("RunPipeline: no stream");
  if (options.threads < 0) return Status::InvalidArgument("threads must be 0 or more");
  if (options.window < 0) return Status::InvalidArgument("window must be 0 or more");
  int threads = options.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (threads == 1) return RunInline(pipeline, stream, options, consume);
  int window = options.window > 0 ? options.window : 4 * threads + 2;
  Driver driver(pipeline, stream, options, threads, window);
  return driver.Run(consume);
}

}  // namespace entente
