# Generated from chapters/en/basics/linear-regression.md by `make examples`; do not edit.
# Run it: python examples/basics/linear-regression.py

# %% [1] chapters/en/basics/linear-regression.md:22
import mxnet as mx
import numpy as np
from mxnet import nd

mx.random.seed(7)
np.random.seed(7)

# %% [2] chapters/en/basics/linear-regression.md:45
X = nd.array([[2.0, 1], [5.5, 3], [3.2, 2], [8.0, 4], [1.1, 1], [6.4, 2]])
y = nd.array([14, 31, 20, 45, 9, 33])
X, y
# Out:
# (
#  [[2.  1. ]
#   [5.5 3. ]
#   [3.2 2. ]
#   [8.  4. ]
#   [1.1 1. ]
#   [6.4 2. ]]
#  <NDArray 6x2 @cpu(0)>,
#
#  [14. 31. 20. 45.  9. 33.]
#  <NDArray 6 @cpu(0)>)

# %% [3] chapters/en/basics/linear-regression.md:73
w_guess = nd.array([4, 3])
b_guess = 2
y_hat = nd.dot(X, w_guess) + b_guess
y_hat
# Out:
#
# [13.  33.  20.8 46.   9.4 33.6]
# <NDArray 6 @cpu(0)>

# %% [4] chapters/en/basics/linear-regression.md:102
def mean_squared_loss(y_hat, y):
    return (0.5 * (y_hat - y) ** 2).mean()

mean_squared_loss(y_hat, y)
# Out:
#
# [0.5966664]
# <NDArray 1 @cpu(0)>

# %% [5] chapters/en/basics/linear-regression.md:125
X1 = nd.concat(X, nd.ones((6, 1)), dim=1)  # last column multiplies the bias
w_star = nd.dot(nd.linalg.inverse(nd.dot(X1.T, X1)), nd.dot(X1.T, y))
w_star
# Out:
#
# [4.121003  2.1710014 2.6344147]
# <NDArray 3 @cpu(0)>

# %% [6] chapters/en/basics/linear-regression.md:136
grad = nd.dot(X1.T, nd.dot(X1, w_star) - y) / len(y)
print(mean_squared_loss(nd.dot(X1, w_star), y))
nd.abs(grad).max().asscalar() < 1e-3
# Out:
#
# [0.19515724]
# <NDArray 1 @cpu(0)>
# True

# %% [7] chapters/en/basics/linear-regression.md:153
theta = nd.zeros(3)
for step in range(1, 1001):
    theta = theta - 0.04 * nd.dot(X1.T, nd.dot(X1, theta) - y) / len(y)
    if step in (10, 100, 1000):
        loss = mean_squared_loss(nd.dot(X1, theta), y).asscalar()
        print(f'step {step:4d}  theta {theta.asnumpy().round(3)}  loss {loss:.4f}')
# Out:
# step   10  theta [4.414 2.18  0.953]  loss 0.5340
# step  100  theta [4.155 2.388 1.858]  loss 0.2551
# step 1000  theta [4.12  2.174 2.631]  loss 0.1952

# %% [8] chapters/en/basics/linear-regression.md:206
# @save
import time

import numpy as np
from matplotlib import pyplot as plt
from matplotlib_inline import backend_inline
from mxnet import autograd, gluon, nd

# %% [9] chapters/en/basics/linear-regression.md:218
# @save
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

# %% [10] chapters/en/basics/linear-regression.md:246
n = 500
u, v = nd.ones(n), nd.arange(n)
timer = Timer()
c = nd.zeros(n)
for i in range(n):
    c[i] = u[i] + v[i]
loop_time = timer.stop()
timer.start()
d = u + v
d.wait_to_read()
vec_time = timer.stop()
print(f'loop {loop_time:.2f} s, vectorised {vec_time:.5f} s')
print(f'ratio about 10^{round(np.log10(loop_time / vec_time))}')
# Out (varies between runs, not compared):
# loop 0.14 s, vectorised 0.00020 s
# ratio about 10^3

# %% [11] chapters/en/basics/linear-regression.md:265
(c == d).min().asscalar() == 1
# Out:
# True

# %% [12] chapters/en/basics/linear-regression.md:288
def normal_density(z, mu, sigma):
    return np.exp(-(z - mu) ** 2 / (2 * sigma ** 2)) / np.sqrt(2 * np.pi * sigma ** 2)

backend_inline.set_matplotlib_formats('svg')
z = np.linspace(-5, 6, 300)
plt.figure(figsize=(3.5, 2.5))
for mu, sigma in [(0, 1), (0, 2), (2.5, 0.6)]:
    plt.plot(z, normal_density(z, mu, sigma), label=f'mean {mu}, std {sigma}')
plt.xlabel('z')
plt.ylabel('p(z)')
plt.legend(fontsize=7)
plt.show()
# Figures: 1

# %% [13] chapters/en/basics/linear-regression.md:325
fig, ax = plt.subplots(figsize=(3, 1.8))
nodes = {'$x_1$': (0, 1), '$x_2$': (0, 0), '$o_1$': (2, 0.5)}
for name, (px, py) in nodes.items():
    ax.add_patch(plt.Circle((px, py), 0.25, fill=False))
    ax.text(px, py, name, ha='center', va='center')
for (px, py), w_name, dy in [((0, 1), '$w_1$', 0.15), ((0, 0), '$w_2$', -0.2)]:
    ax.annotate('', xy=(1.75, 0.5), xytext=(px + 0.25, py),
                arrowprops=dict(arrowstyle='->'))
    ax.text(1, (py + 0.5) / 2 + dy, w_name, ha='center', fontsize=8)
ax.text(0, -0.6, 'input layer', ha='center', fontsize=8)
ax.text(2, -0.6, 'output layer', ha='center', fontsize=8)
ax.set_xlim(-0.6, 2.6)
ax.set_ylim(-0.8, 1.4)
ax.set_aspect('equal')
ax.axis('off')
plt.show()
# Figures: 1
