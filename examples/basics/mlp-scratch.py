# Generated from chapters/en/basics/mlp-scratch.md by `make examples`; do not edit.
# Run it: python examples/basics/mlp-scratch.py

# %% [1] chapters/en/basics/mlp-scratch.md:18
import mxnet as mx
import numpy as np
from mxnet import gluon, nd

from mxbook import library as mb

mx.random.seed(11)
np.random.seed(11)

# %% [2] chapters/en/basics/mlp-scratch.md:34
batch_size = 32
train_iter, test_iter = mb.load_digits(batch_size)
X, y = next(iter(train_iter))
print(X.shape, y.shape)
# Out:
# (32, 1, 8, 8) (32,)

# %% [3] chapters/en/basics/mlp-scratch.md:49
num_inputs, num_hiddens, num_outputs = 64, 64, 10

W1 = nd.random.normal(scale=0.1, shape=(num_inputs, num_hiddens))
b1 = nd.zeros(num_hiddens)
W2 = nd.random.normal(scale=0.1, shape=(num_hiddens, num_outputs))
b2 = nd.zeros(num_outputs)
params = [W1, b1, W2, b2]
for param in params:
    param.attach_grad()
sum(param.size for param in params)
# Out:
# 4810

# %% [4] chapters/en/basics/mlp-scratch.md:70
def relu(X):
    return nd.maximum(X, 0)

relu(nd.array([[-1.5, 0.2], [3.0, -0.1]]))
# Out:
#
# [[0.  0.2]
#  [3.  0. ]]
# <NDArray 2x2 @cpu(0)>

# %% [5] chapters/en/basics/mlp-scratch.md:83
def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(nd.dot(X, W1) + b1)
    return nd.dot(H, W2) + b2

print(net(X).shape)
mb.evaluate_accuracy(net, test_iter)
# Out:
# (32, 10)
# 0.0957683741648107

# %% [6] chapters/en/basics/mlp-scratch.md:104
loss = gluon.loss.SoftmaxCrossEntropyLoss()
loss(net(X[:3]), y[:3])
# Out:
#
# [2.4346695 2.6976516 2.532345 ]
# <NDArray 3 @cpu(0)>

# %% [7] chapters/en/basics/mlp-scratch.md:116
num_epochs, lr = 10, 0.1
history = mb.train_classifier(
    net, train_iter, test_iter, loss, num_epochs,
    lambda batch_size: mb.sgd_step(params, lr, batch_size))
# Out:
# epoch  1  loss 2.0865  train acc 0.424  test acc 0.419
# epoch  2  loss 1.4558  train acc 0.766  test acc 0.682
# epoch  3  loss 0.9020  train acc 0.875  test acc 0.857
# epoch  4  loss 0.5935  train acc 0.918  test acc 0.884
# epoch  5  loss 0.4389  train acc 0.923  test acc 0.920
# epoch  6  loss 0.3501  train acc 0.938  test acc 0.915
# epoch  7  loss 0.2958  train acc 0.942  test acc 0.927
# epoch  8  loss 0.2562  train acc 0.949  test acc 0.942
# epoch  9  loss 0.2302  train acc 0.947  test acc 0.947
# epoch 10  loss 0.2071  train acc 0.958  test acc 0.947

# %% [8] chapters/en/basics/mlp-scratch.md:134
X_test = nd.concat(*[X for X, _ in test_iter], dim=0)
y_test = nd.concat(*[y for _, y in test_iter], dim=0)
preds = net(X_test).argmax(axis=1)
wrong = np.flatnonzero((preds != y_test).asnumpy())
print(len(wrong), 'of', len(y_test), 'test images misclassified')
titles = [f'true {int(y_test[i].asscalar())}\npred {int(preds[i].asscalar())}'
          for i in wrong[:6]]
mb.show_digits(X_test[wrong[:6]], titles, 1, 6)
# Out:
# 24 of 449 test images misclassified
# Figures: 1
