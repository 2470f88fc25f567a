# Generated from chapters/en/basics/softmax-regression-scratch.md by `make examples`; do not edit.
# Run it: python examples/basics/softmax-regression-scratch.py

# %% [1] chapters/en/basics/softmax-regression-scratch.md:20
import mxnet as mx
import numpy as np
from mxnet import autograd, nd

from mxbook import library as mb

mx.random.seed(6)
np.random.seed(6)

# %% [2] chapters/en/basics/softmax-regression-scratch.md:35
batch_size = 64
train_iter, test_iter = mb.load_digits(batch_size)

# %% [3] chapters/en/basics/softmax-regression-scratch.md:47
num_inputs, num_outputs = 64, 10
W = nd.random.normal(scale=0.01, shape=(num_inputs, num_outputs))
b = nd.zeros(num_outputs)
params = [W, b]
for p in params:
    p.attach_grad()
print(W.shape, b.shape)
# Out:
# (64, 10) (10,)

# %% [4] chapters/en/basics/softmax-regression-scratch.md:64
def softmax(O):
    E = O.exp()
    return E / E.sum(axis=1, keepdims=True)

# %% [5] chapters/en/basics/softmax-regression-scratch.md:73
O = nd.random.normal(shape=(3, 5))
P = softmax(O)
print(P)
row_sums = P.sum(axis=1)
print(row_sums)
assert P.min().asscalar() > 0
(row_sums - 1).abs().max().asscalar() < 1e-6
# Out:
#
# [[0.7705541  0.03767878 0.02308887 0.08521158 0.08346664]
#  [0.17314345 0.4257521  0.14065766 0.17648019 0.08396659]
#  [0.10768451 0.10853624 0.59128565 0.0350431  0.15745048]]
# <NDArray 3x5 @cpu(0)>
#
# [1. 1. 1.]
# <NDArray 3 @cpu(0)>
# True

# %% [6] chapters/en/basics/softmax-regression-scratch.md:93
def net(X):
    flat = X.reshape((X.shape[0], -1))
    return softmax(nd.dot(flat, W) + b)

# %% [7] chapters/en/basics/softmax-regression-scratch.md:102
X, y = next(iter(test_iter))
net(X[:2])
# Out:
#
# [[0.09375917 0.09773251 0.10407873 0.0994794  0.10762376 0.10078673
#   0.10024284 0.0920627  0.10003157 0.10420255]
#  [0.09458354 0.09544054 0.10799486 0.09996085 0.10525972 0.09810258
#   0.10168181 0.09451176 0.09979364 0.10267071]]
# <NDArray 2x10 @cpu(0)>

# %% [8] chapters/en/basics/softmax-regression-scratch.md:114
P_demo = nd.array([[0.2, 0.7, 0.1],
                   [0.25, 0.35, 0.4]])
y_demo = nd.array([1, 0])
nd.pick(P_demo, y_demo)
# Out:
#
# [0.7  0.25]
# <NDArray 2 @cpu(0)>

# %% [9] chapters/en/basics/softmax-regression-scratch.md:124
def cross_entropy(y_hat, y):
    return -nd.log(nd.pick(y_hat, y))

cross_entropy(P_demo, y_demo)
# Out:
#
# [0.35667497 1.3862944 ]
# <NDArray 2 @cpu(0)>

# %% [10] chapters/en/basics/softmax-regression-scratch.md:138
# @save
def accuracy(y_hat, y):
    """Fraction of rows of y_hat whose largest entry is at the label in y."""
    return (y_hat.argmax(axis=1) == y.astype("float32")).mean().asscalar()

# %% [11] chapters/en/basics/softmax-regression-scratch.md:148
accuracy(P_demo, y_demo)
# Out:
# 0.5

# %% [12] chapters/en/basics/softmax-regression-scratch.md:156
# @save
def evaluate_accuracy(net, loader):
    """Accuracy of net over all examples of a DataLoader."""
    correct, total = 0.0, 0
    for X, y in loader:
        correct += accuracy(net(X), y) * len(y)
        total += len(y)
    return correct / total

# %% [13] chapters/en/basics/softmax-regression-scratch.md:170
evaluate_accuracy(net, test_iter)
# Out:
# 0.16703786191536749

# %% [14] chapters/en/basics/softmax-regression-scratch.md:184
# @save
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

# %% [15] chapters/en/basics/softmax-regression-scratch.md:222
lr, num_epochs = 0.5, 10
history = train_classifier(net, train_iter, test_iter, cross_entropy, num_epochs,
                           update=lambda bs: mb.sgd_step(params, lr, bs))
# Out:
# epoch  1  loss 1.6289  train acc 0.645  test acc 0.528
# epoch  2  loss 0.8910  train acc 0.877  test acc 0.782
# epoch  3  loss 0.6183  train acc 0.909  test acc 0.886
# epoch  4  loss 0.4879  train acc 0.919  test acc 0.906
# epoch  5  loss 0.4169  train acc 0.937  test acc 0.924
# epoch  6  loss 0.3656  train acc 0.945  test acc 0.918
# epoch  7  loss 0.3290  train acc 0.945  test acc 0.895
# epoch  8  loss 0.3082  train acc 0.947  test acc 0.924
# epoch  9  loss 0.2832  train acc 0.950  test acc 0.935
# epoch 10  loss 0.2653  train acc 0.959  test acc 0.922

# %% [16] chapters/en/basics/softmax-regression-scratch.md:240
X, y = next(iter(test_iter))
preds = net(X).argmax(axis=1)
titles = [f"{int(t)}->{int(p)}" for t, p in zip(y.asnumpy(), preds.asnumpy())]
mb.show_digits(X[:12], titles[:12], 2, 6)
# Figures: 1

# %% [17] chapters/en/basics/softmax-regression-scratch.md:250
wrong_images, wrong_titles = [], []
for X, y in test_iter:
    preds = net(X).argmax(axis=1)
    for img, t, p in zip(X, y.asnumpy(), preds.asnumpy()):
        if t != p:
            wrong_images.append(img)
            wrong_titles.append(f"{int(t)}->{int(p)}")
print(len(wrong_images), "of 449 test images are misclassified")
mb.show_digits(wrong_images[:12], wrong_titles[:12], 2, 6)
# Out:
# 35 of 449 test images are misclassified
# Figures: 1
