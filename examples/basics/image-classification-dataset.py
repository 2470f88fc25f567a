# Generated from chapters/en/basics/image-classification-dataset.md by `make examples`; do not edit.
# Run it: python examples/basics/image-classification-dataset.py

# %% [1] chapters/en/basics/image-classification-dataset.md:30
import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from mxnet import gluon, nd
from sklearn import datasets

from mxbook import library as mb
from mxbook.library import set_figsize

mx.random.seed(5)
np.random.seed(5)

# %% [2] chapters/en/basics/image-classification-dataset.md:49
raw = datasets.load_digits()
print("images:", raw.images.shape, raw.images.dtype)
print("labels:", raw.target.shape, raw.target.dtype)
print("pixel values from", raw.images.min(), "to", raw.images.max())
# Out:
# images: (1797, 8, 8) float64
# labels: (1797,) int64
# pixel values from 0.0 to 16.0

# %% [3] chapters/en/basics/image-classification-dataset.md:61
print("label:", raw.target[0])
raw.images[0].astype(int)
# Out:
# label: 0
# array([[ 0,  0,  5, 13,  9,  1,  0,  0],
#        [ 0,  0, 13, 15, 10, 15,  5,  0],
#        [ 0,  3, 15,  2,  0, 11,  8,  0],
#        [ 0,  4, 12,  0,  0,  8,  8,  0],
#        [ 0,  5,  8,  0,  0,  9,  8,  0],
#        [ 0,  4, 11,  0,  1, 12,  7,  0],
#        [ 0,  2, 14,  5, 10, 12,  0,  0],
#        [ 0,  0,  6, 13, 10,  0,  0,  0]])

# %% [4] chapters/en/basics/image-classification-dataset.md:69
np.bincount(raw.target)
# Out:
# array([178, 182, 177, 183, 181, 182, 181, 179, 174, 180])

# %% [5] chapters/en/basics/image-classification-dataset.md:81
toy = gluon.data.ArrayDataset(nd.arange(10).reshape((5, 2)),
                              nd.array([1, 0, 1, 1, 0]))
print(len(toy))
toy[3]
# Out:
# 5
# (
#  [6. 7.]
#  <NDArray 2 @cpu(0)>,
#  1.0)

# %% [6] chapters/en/basics/image-classification-dataset.md:92
for X, y in gluon.data.DataLoader(toy, batch_size=2):
    print(X.shape, y)
# Out:
# (2, 2)
# [1. 0.]
# <NDArray 2 @cpu(0)>
# (2, 2)
# [1. 1.]
# <NDArray 2 @cpu(0)>
# (1, 2)
# [0.]
# <NDArray 1 @cpu(0)>

# %% [7] chapters/en/basics/image-classification-dataset.md:108
# @save
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

# %% [8] chapters/en/basics/image-classification-dataset.md:134
train_iter, test_iter = load_digits(batch_size=32)
n_train = sum(len(y) for _, y in train_iter)
n_test = sum(len(y) for _, y in test_iter)
print(n_train, "training examples in", len(train_iter), "batches")
print(n_test, "test examples in", len(test_iter), "batches")
# Out:
# 1348 training examples in 43 batches
# 449 test examples in 15 batches

# %% [9] chapters/en/basics/image-classification-dataset.md:145
X, y = next(iter(train_iter))
print(X.shape, X.dtype, X.min().asscalar(), X.max().asscalar())
print(y.shape, y.dtype)
y[:10]
# Out:
# (32, 1, 8, 8) <class 'numpy.float32'> 0.0 1.0
# (32,) <class 'numpy.float32'>
#
# [3. 9. 2. 1. 0. 1. 3. 1. 3. 4.]
# <NDArray 10 @cpu(0)>

# %% [10] chapters/en/basics/image-classification-dataset.md:154
train_labels = np.concatenate([y.asnumpy() for _, y in train_iter])
test_labels = np.concatenate([y.asnumpy() for _, y in test_iter])
print(np.bincount(train_labels.astype(int)))
print(np.bincount(test_labels.astype(int)))
# Out:
# [131 136 130 136 145 127 144 127 133 139]
# [47 46 47 47 36 55 37 52 41 41]

# %% [11] chapters/en/basics/image-classification-dataset.md:167
# @save
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

# %% [12] chapters/en/basics/image-classification-dataset.md:183
show_digits(X[:16], [int(v) for v in y[:16].asnumpy()], 2, 8)
# Figures: 1

# %% [13] chapters/en/basics/image-classification-dataset.md:198
for batch_size in (8, 64, 512):
    loader, _ = load_digits(batch_size)
    timer = mb.Timer()
    for _ in range(3):
        timer.start()
        for X, y in loader:
            pass
        timer.stop()
    print(f"batch size {batch_size:3d}: {min(timer.laps) * 1000:.0f} ms per epoch")
# Out (varies between runs, not compared):
# batch size   8: 47 ms per epoch
# batch size  64: 18 ms per epoch
# batch size 512: 15 ms per epoch
