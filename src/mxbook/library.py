# Generated from the chapters' `# @save` cells by `make examples`; do not edit.
"""The book's library: code defined in the chapters and reused by later sections.

    from mxbook import library as mb

Each block below names the section that explains it.
"""

# --- chapters/en/basics/linear-regression.md:206
import time

import numpy as np
from matplotlib import pyplot as plt
from matplotlib_inline import backend_inline
from mxnet import autograd, gluon, nd

# --- chapters/en/basics/linear-regression.md:218
class Timer:
    """Accumulate wall-clock times of repeated runs."""

    def __init__(self):
        self.laps = []
        self.start()

    def start(self):
        self._started = time.perf_counter()

    def stop(self):
        self.laps.append(time.perf_counter() - self._started)
        return self.laps[-1]

    def total(self):
        return sum(self.laps)

    def mean(self):
        return self.total() / len(self.laps)

# --- chapters/en/basics/linear-regression-scratch.md:37
def set_figsize(width=3.5, height=2.5):
    """Draw the following figures as SVG, at the given size in inches."""
    backend_inline.set_matplotlib_formats("svg")
    plt.rcParams["figure.figsize"] = (width, height)

# --- chapters/en/basics/linear-regression-scratch.md:59
def make_linear_data(true_w, true_b, num_examples, noise=0.01):
    """Features X ~ N(0, 1) and labels y = X true_w + true_b + Gaussian noise."""
    X = nd.random.normal(shape=(num_examples, true_w.size))
    y = nd.dot(X, true_w.reshape((-1, 1))) + true_b
    y = y + nd.random.normal(scale=noise, shape=y.shape)
    return X, y.reshape((-1,))

# --- chapters/en/basics/linear-regression-scratch.md:98
def minibatches(batch_size, X, y, shuffle=True):
    """Yield (X_batch, y_batch) pairs covering the data once, in random order."""
    order = np.random.permutation(len(X)) if shuffle else np.arange(len(X))
    for start in range(0, len(X), batch_size):
        rows = nd.array(order[start:start + batch_size])
        yield X.take(rows), y.take(rows)

# --- chapters/en/basics/linear-regression-scratch.md:168
def sgd_step(params, lr, batch_size):
    """One step of mini-batch SGD; gradients are summed over the batch."""
    for p in params:
        p[:] = p - lr / batch_size * p.grad

# --- chapters/en/basics/image-classification-dataset.md:108
def load_digits(batch_size, test_fraction=0.25):
    """The 8x8 handwritten digits shipped with scikit-learn, as two DataLoaders.

    Images are float32 arrays of shape (1, 8, 8) scaled to [0, 1]; labels are 0..9.
    The split is fixed by the NumPy seed set at the top of the section.
    """
    from sklearn.datasets import load_digits as sklearn_digits

    digits = sklearn_digits()
    images = (digits.images / 16.0).astype("float32").reshape((-1, 1, 8, 8))
    labels = digits.target.astype("float32")
    order = np.random.permutation(len(labels))
    n_test = int(len(labels) * test_fraction)
    test, train = order[:n_test], order[n_test:]
    make = gluon.data.ArrayDataset
    train_set = make(nd.array(images[train]), nd.array(labels[train]))
    test_set = make(nd.array(images[test]), nd.array(labels[test]))
    return (gluon.data.DataLoader(train_set, batch_size, shuffle=True),
            gluon.data.DataLoader(test_set, batch_size, shuffle=False))

# --- chapters/en/basics/image-classification-dataset.md:167
def show_digits(images, titles, num_rows, num_cols, scale=1.2):
    """Draw a grid of 8x8 images with a title above each."""
    set_figsize(num_cols * scale, num_rows * scale)
    _, axes = plt.subplots(num_rows, num_cols, squeeze=False)
    for ax, img, title in zip(axes.flatten(), images, titles):
        ax.imshow(img.reshape((8, 8)).asnumpy(), cmap="gray_r")
        ax.set_title(str(title), fontsize=8)
        ax.axis("off")
    plt.tight_layout()
    plt.show()

# --- chapters/en/basics/softmax-regression-scratch.md:138
def accuracy(y_hat, y):
    """Fraction of rows of y_hat whose largest entry is at the label in y."""
    return (y_hat.argmax(axis=1) == y.astype("float32")).mean().asscalar()

# --- chapters/en/basics/softmax-regression-scratch.md:156
def evaluate_accuracy(net, loader):
    """Accuracy of net over all examples of a DataLoader."""
    correct, total = 0.0, 0
    for X, y in loader:
        correct += accuracy(net(X), y) * len(y)
        total += len(y)
    return correct / total

# --- chapters/en/basics/softmax-regression-scratch.md:184
def train_classifier(net, train_loader, test_loader, loss, num_epochs, update):
    """Train net, calling update(batch_size) after each backward pass.

    Prints one line per epoch and returns the history as a dict of lists.
    """
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for epoch in range(1, num_epochs + 1):
        loss_sum, correct, n = 0.0, 0.0, 0
        for X, y in train_loader:
            with autograd.record():
                y_hat = net(X)
                batch_loss = loss(y_hat, y).sum()
            batch_loss.backward()
            update(len(y))
            loss_sum += batch_loss.asscalar()
            correct += accuracy(y_hat, y) * len(y)
            n += len(y)
        test_acc = evaluate_accuracy(net, test_loader)
        history["loss"].append(loss_sum / n)
        history["train_acc"].append(correct / n)
        history["test_acc"].append(test_acc)
        print(f"epoch {epoch:2d}  loss {loss_sum / n:.4f}  "
              f"train acc {correct / n:.3f}  test acc {test_acc:.3f}")
    return history

# --- chapters/en/basics/underfit-overfit.md:138
def plot_curves(x, curves, xlabel, ylabel, logy=False):
    """Plot several named curves (a dict name -> values) against the same x."""
    set_figsize()
    for name, values in curves.items():
        plt.plot(x, values, label=name)
    if logy:
        plt.yscale("log")
    plt.xlabel(xlabel)
    plt.ylabel(ylabel)
    plt.legend()
    plt.show()
